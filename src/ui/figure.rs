//! An exercise's figure as inline SVG, from the poses in `domain::poses`. Each bone is a
//! group nested in its parent's, so a joint turns everything below it; the movement is a
//! CSS animation per group (keyframes made once per figure and added to the page's style
//! sheet through the CSSOM, which the content security policy allows), so no script runs per
//! frame. The figure plays only while it is on screen (an IntersectionObserver sets
//! `data-play`); with `prefers-reduced-motion` the stylesheet hides the moving drawing and
//! shows the start and end pose side by side instead.

use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt::Write;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::poses::{
    figure, local, Bone, Figure, FigureId, Pose, Prop, View, BONES, HEAD_RADIUS,
};

/// Screen pixels per figure unit at full size: every figure has the same scale, so a
/// standing figure is taller than a lying one.
const PX_PER_UNIT: f32 = 2.2;

/// A figure with its accessible name. `restart` changes make the movement start again from
/// its first pose (the guided session keeps it in step with its count); `paused` holds it.
#[component]
pub fn ExerciseFigure(
    id: FigureId,
    label: &'static str,
    #[prop(optional, into)] restart: Signal<u32>,
    #[prop(optional, into)] paused: Signal<bool>,
) -> impl IntoView {
    let fig = figure(id);
    let key = id.key();
    let bounds = fig.bounds();
    let size = [bounds[2] - bounds[0], bounds[3] - bounds[1]];
    let view_box = format!("0 0 {:.1} {:.1}", size[0], size[1]);
    let shift = [-bounds[0], -bounds[1]];
    let width = format!("{:.0}", size[0] * PX_PER_UNIT);
    let node = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            observe(&el, "observe");
            let el = send_wrapper::SendWrapper::new(el);
            on_cleanup(move || observe(&el, "unobserve"));
        }
    });

    let moving = fig.moves().then(|| {
        add_keyframes(&key, &fig, shift);
        let markup = drawing(&fig, &fig.poses[0], shift, true);
        let class = format!("fig-move {key}");
        let view_box = view_box.clone();
        let width = width.clone();
        move || {
            restart.track();
            view! {
                <svg class=class.clone() viewBox=view_box.clone() width=width.clone() aria-hidden="true" inner_html=markup.clone()></svg>
            }
        }
    });
    let still = if fig.moves() {
        fig.still
            .iter()
            .map(|&i| {
                let markup = drawing(&fig, &fig.poses[i], shift, false);
                view! { <svg viewBox=view_box.clone() width=width.clone() aria-hidden="true" inner_html=markup></svg> }
            })
            .collect_view()
            .into_any()
    } else {
        let markup = drawing(&fig, &fig.poses[0], shift, false);
        view! { <svg viewBox=view_box.clone() width=width.clone() aria-hidden="true" inner_html=markup></svg> }
            .into_any()
    };
    let class = if fig.moves() {
        "figure moves"
    } else {
        "figure"
    };
    view! {
        <div class=class role="img" aria-label=label node_ref=node data-hold=move || paused.get().then_some("")>
            {moving}
            <div class="fig-still">{still}</div>
        </div>
    }
}

/// The order bones are drawn in: what is further away first.
fn order(view: View) -> [Bone; BONES] {
    use Bone::*;
    match view {
        View::Side => [
            ThighL, ShinL, FootL, ArmL, ForearmL, LowBack, UpBack, Head, ThighR, ShinR, FootR,
            ArmR, ForearmR,
        ],
        View::Front => [
            LowBack, UpBack, Head, ThighL, ShinL, FootL, ThighR, ShinR, FootR, ArmL, ForearmL,
            ArmR, ForearmR,
        ],
        View::End => [
            Head, LowBack, UpBack, ArmL, ForearmL, ArmR, ForearmR, ThighL, ShinL, FootL, ThighR,
            ShinR, FootR,
        ],
    }
}

fn transform(place: ([f32; 2], f32)) -> String {
    let ([x, y], angle) = place;
    format!("translate({x:.2}px,{y:.2}px) rotate({angle:.1}deg)")
}

fn transform_attr(place: ([f32; 2], f32)) -> String {
    let ([x, y], angle) = place;
    format!("translate({x:.2} {y:.2}) rotate({angle:.1})")
}

/// The SVG inside a figure in `pose`: floor and props, then each bone in its chain of
/// groups. `classed` names each group (`b0`…), for the animation.
fn drawing(fig: &Figure, pose: &Pose, shift: [f32; 2], classed: bool) -> String {
    let lengths = fig.view.lengths();
    let mut places = local(fig.view, pose);
    places[0].0 = [places[0].0[0] + shift[0], places[0].0[1] + shift[1]];
    let mut out = String::new();
    let floor = shift[1];
    let _ = write!(
        out,
        r#"<line class="fig-floor" x1="0" x2="1000" y1="{:.1}" y2="{:.1}"/>"#,
        floor + 1.0,
        floor + 1.0
    );
    for prop in &fig.props {
        match *prop {
            Prop::Wall { x } => {
                let _ = write!(
                    out,
                    r#"<rect class="fig-prop" x="{:.1}" y="0" width="4" height="{floor:.1}"/>"#,
                    x + shift[0] - 4.0
                );
            }
            Prop::Step { x, width, height } => {
                let _ = write!(
                    out,
                    r#"<rect class="fig-prop" x="{:.1}" y="{:.1}" width="{width}" height="{height}" rx="1"/>"#,
                    x + shift[0],
                    floor - height
                );
            }
            Prop::ChairFront { seat } => {
                let (cx, top) = (shift[0], floor - seat);
                let _ = write!(
                    out,
                    r#"<rect class="fig-prop fig-far" x="{:.1}" y="{:.1}" width="26" height="30" rx="2"/><rect class="fig-prop" x="{:.1}" y="{top:.1}" width="30" height="3" rx="1"/><path class="fig-prop-line" d="M{:.1} {:.1}V{floor:.1}M{:.1} {:.1}V{floor:.1}"/>"#,
                    cx - 13.0,
                    top - 30.0,
                    cx - 15.0,
                    cx - 13.0,
                    top + 3.0,
                    cx + 13.0,
                    top + 3.0
                );
            }
            Prop::Ball { radius } => {
                let class = if classed { " ball" } else { "" };
                let _ = write!(
                    out,
                    r#"<circle class="fig-ball{class}" cx="0" cy="0" r="{radius}" transform="translate({:.2} {:.2})"/>"#,
                    pose.ball[0] + shift[0],
                    pose.ball[1] + shift[1]
                );
            }
        }
    }
    for bone in order(fig.view) {
        let mut chain = vec![bone];
        while let Some(parent) = chain.last().and_then(|b| b.parent()) {
            chain.push(parent);
        }
        chain.reverse();
        for b in &chain {
            let class = if classed {
                format!(r#" class="b{}""#, *b as usize)
            } else {
                String::new()
            };
            let _ = write!(
                out,
                r#"<g{class} transform="{}">"#,
                transform_attr(places[*b as usize])
            );
        }
        let far = fig.view == View::Side && bone.is_left();
        let len = lengths[bone as usize];
        let _ = write!(
            out,
            r#"<path class="fig-bone{}" stroke-width="{}" d="M0 0V{:.1}"/>"#,
            if far { " fig-far" } else { "" },
            bone.width(),
            -len
        );
        if fig.view != View::Side {
            // Seen from the front, the pelvis and shoulders are bars the legs and arms hang
            // from.
            let half = match bone {
                Bone::LowBack => fig.view.offset(Bone::ThighL),
                Bone::UpBack => fig.view.offset(Bone::ArmL),
                _ => 0.0,
            };
            if half > 0.0 {
                let y = if bone == Bone::LowBack { 0.0 } else { -len };
                let _ = write!(
                    out,
                    r#"<path class="fig-bone" stroke-width="6" d="M{:.1} {y:.1}H{half:.1}"/>"#,
                    -half
                );
            }
        }
        if bone == Bone::Head {
            let _ = write!(
                out,
                r#"<circle class="fig-head" cx="0" cy="{:.1}" r="{HEAD_RADIUS}"/>"#,
                -len
            );
        }
        for _ in &chain {
            out.push_str("</g>");
        }
    }
    out
}

thread_local! {
    static ADDED: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
    static OBSERVER: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// Adds the figure's keyframes and animation rules to the page's style sheet, once.
fn add_keyframes(key: &str, fig: &Figure, shift: [f32; 2]) {
    if !ADDED.with(|added| added.borrow_mut().insert(key.to_owned())) {
        return;
    }
    let cycle = fig.cycle();
    let places: Vec<_> = fig
        .poses
        .iter()
        .map(|pose| {
            let mut p = local(fig.view, pose);
            p[0].0 = [p[0].0[0] + shift[0], p[0].0[1] + shift[1]];
            p
        })
        .collect();
    let mut rules = Vec::new();
    let mut animate = |name: String, frames: Vec<String>| {
        if frames.windows(2).all(|w| w[0] == w[1]) {
            return;
        }
        let mut keyframes = format!("@keyframes {key}-{name}{{");
        for ((t, _), frame) in fig.keys.iter().zip(&frames) {
            let _ = write!(keyframes, "{:.2}%{{transform:{frame}}}", t / cycle * 100.0);
        }
        keyframes.push('}');
        rules.push(keyframes);
        rules.push(format!(
            ".{key} .{name}{{animation:{key}-{name} {cycle}s ease-in-out infinite}}"
        ));
    };
    for bone in Bone::ALL.map(|b| b as usize) {
        let frames = fig
            .keys
            .iter()
            .map(|&(_, i)| transform(places[i][bone]))
            .collect();
        animate(format!("b{bone}"), frames);
    }
    if fig.props.iter().any(|p| matches!(p, Prop::Ball { .. })) {
        let frames = fig
            .keys
            .iter()
            .map(|&(_, i)| {
                let [x, y] = fig.poses[i].ball;
                format!("translate({:.2}px,{:.2}px)", x + shift[0], y + shift[1])
            })
            .collect();
        animate("ball".to_owned(), frames);
    }
    let Some(sheet) = style_sheet() else { return };
    let Ok(insert) = js_sys::Reflect::get(&sheet, &JsValue::from_str("insertRule"))
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    else {
        return;
    };
    let length = |sheet: &JsValue| {
        js_sys::Reflect::get(sheet, &JsValue::from_str("cssRules"))
            .and_then(|rules| js_sys::Reflect::get(&rules, &JsValue::from_str("length")))
            .ok()
            .and_then(|n| n.as_f64())
            .unwrap_or(0.0)
    };
    for rule in rules {
        let at = length(&sheet);
        let _ = insert.call2(&sheet, &JsValue::from_str(&rule), &JsValue::from_f64(at));
    }
}

/// The page's first style sheet (the app's own, allowed by the security policy).
fn style_sheet() -> Option<JsValue> {
    let sheets = js_sys::Reflect::get(&document(), &JsValue::from_str("styleSheets")).ok()?;
    let first = js_sys::Reflect::get(&sheets, &JsValue::from_f64(0.0)).ok()?;
    (!first.is_undefined()).then_some(first)
}

/// Watches `el` (`method` "observe") so that its figure plays only while on screen, or stops
/// watching it ("unobserve"). Browsers without IntersectionObserver play it always.
fn observe(el: &web_sys::HtmlDivElement, method: &str) {
    let observer = OBSERVER.with(|slot| {
        if let Some(observer) = slot.borrow().as_ref() {
            return Some(observer.clone());
        }
        let constructor =
            js_sys::Reflect::get(&window(), &JsValue::from_str("IntersectionObserver")).ok()?;
        let constructor = constructor.dyn_into::<js_sys::Function>().ok()?;
        let callback = Closure::<dyn Fn(js_sys::Array)>::new(|entries: js_sys::Array| {
            for entry in entries.iter() {
                let visible = js_sys::Reflect::get(&entry, &JsValue::from_str("isIntersecting"))
                    .ok()
                    .and_then(|v| v.as_bool())
                    .unwrap_or(true);
                if let Some(target) = js_sys::Reflect::get(&entry, &JsValue::from_str("target"))
                    .ok()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                {
                    let _ = target.toggle_attribute_with_force("data-play", visible);
                }
            }
        });
        let observer = js_sys::Reflect::construct(
            &constructor,
            &js_sys::Array::of1(callback.as_ref().unchecked_ref()),
        )
        .ok()?;
        callback.forget();
        *slot.borrow_mut() = Some(observer.clone());
        Some(observer)
    });
    match observer.and_then(|o| {
        js_sys::Reflect::get(&o, &JsValue::from_str(method))
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .map(|f| (o, f))
    }) {
        Some((observer, observe)) => {
            let _ = observe.call1(&observer, el);
        }
        None => {
            let _ = el.toggle_attribute_with_force("data-play", true);
        }
    }
}
