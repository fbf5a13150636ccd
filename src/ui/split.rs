//! Code that a split build (`--cfg rugplan_split`, set by `scripts/build`) moves into a wasm
//! file of its own, fetched on first use: the screens ([`super::screens`]) and the storage
//! code ([`super::state`]) both declare theirs with [`split_fn`].

/// A screen's code could not be fetched (offline before the service worker had it).
pub struct Unavailable;

impl From<leptos::wasm_split::SplitLoaderError> for Unavailable {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        Unavailable
    }
}

/// Declares an async function whose code lives in the split chunk named first (functions
/// used together share one): in a split build its code is fetched on the first call, and a
/// fetch that fails is `Err(Unavailable)`; otherwise it is the plain function in a ready
/// future. Used for the screens and for the storage code.
macro_rules! split_fn {
    ($chunk:ident: $(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty $body:block) => {
        $(#[$doc])*
        #[cfg(rugplan_split)]
        #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $name($($arg: $ty),*) -> Result<$ret, $crate::ui::split::Unavailable> {
            Ok($body)
        }

        $(#[$doc])*
        #[cfg(not(rugplan_split))]
        async fn $name($($arg: $ty),*) -> Result<$ret, $crate::ui::split::Unavailable> {
            Ok($body)
        }
    };
}
pub(crate) use split_fn;
