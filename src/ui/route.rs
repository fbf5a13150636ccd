//! Hash routing: `#/bal?lengte=172`. The app's screens live in the URL fragment because a
//! fragment needs no server support, so deep links survive a reload on any static host and
//! under any sub-path (`https://host/any/path/#/bal?lengte=172`). Parsing is plain string
//! work, tested natively.

/// The app's screens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    /// The ball calculator, with the height from a deep link (`?lengte=`), as typed.
    Ball {
        height: Option<String>,
    },
    Help,
    NotFound,
}

/// The fragment path of each screen (what `href` attributes use).
pub const HOME: &str = "#/";
pub const BALL: &str = "#/bal";
pub const HELP: &str = "#/hulp";

/// Bounds the query text a link may carry: a fragment is attacker-controlled input.
const MAX_FRAGMENT_CHARS: usize = 512;

impl Route {
    /// Reads a `location.hash` value (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        if hash.len() > MAX_FRAGMENT_CHARS {
            return Route::NotFound;
        }
        let fragment = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
        let path = path.trim_end_matches('/');
        match path {
            "" | "/" => Route::Home,
            "/bal" => Route::Ball {
                height: query_value(query, "lengte"),
            },
            "/hulp" => Route::Help,
            _ => Route::NotFound,
        }
    }

    /// The fragment for this route, so `parse(r.to_hash()) == r`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Home | Route::NotFound => HOME.to_owned(),
            Route::Ball { height: None } => BALL.to_owned(),
            Route::Ball {
                height: Some(height),
            } => format!("{BALL}?lengte={}", percent_encode(height)),
            Route::Help => HELP.to_owned(),
        }
    }

    /// The navigation entry this route belongs to (for `aria-current`).
    pub fn nav_target(&self) -> &'static str {
        match self {
            Route::Home | Route::NotFound => HOME,
            Route::Ball { .. } => BALL,
            Route::Help => HELP,
        }
    }
}

/// The decoded value of `name` in a `a=1&b=2` query, if present.
fn query_value(query: &str, name: &str) -> Option<String> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| percent_decode(value))
}

/// Decodes `%XX` escapes and `+`. Invalid escapes are kept as typed, and bytes that do not
/// form UTF-8 become U+FFFD: a hand-made link never breaks the page.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(hi), Some(lo)) => {
                    out.push(hi * 16 + lo);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(byte: u8) -> Option<u8> {
    (byte as char).to_digit(16).map(|d| d as u8)
}

/// Encodes everything but unreserved characters, so any typed text round-trips.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~' | b',') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}
