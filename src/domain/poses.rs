//! The figures that show how each exercise is done: a stick figure with proportions of an
//! adult, drawn from key poses and the tempo between them. Pure geometry: the UI turns a
//! [`Figure`] into SVG and CSS animation.
//!
//! Coordinates are in figure units (a standing adult is about 95 units tall), y pointing
//! down, the floor at y = 0. An angle is a direction in degrees, clockwise from "up": 0 is
//! up, 90 points right, 180 down. A pose stores every bone's direction on the page
//! ([`Pose::abs`]); what a joint does (hip flexion, knee flexion, ...) follows from the
//! difference with its parent bone and is what [`limits`] checks.
//!
//! Three ways of looking: from the side ([`View::Side`], the person's right side towards the
//! viewer, so the right arm and leg are drawn in front), from the front ([`View::Front`],
//! the person's left on the viewer's right; for sitting, with the thighs foreshortened), and
//! from the feet of a person lying on the back ([`View::End`]).

use super::exercises::{ExerciseId, StretchId};

/// The bones, each attached to its parent's far end (legs to the pelvis, the root).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bone {
    LowBack,
    UpBack,
    Head,
    ArmL,
    ForearmL,
    ArmR,
    ForearmR,
    ThighL,
    ShinL,
    FootL,
    ThighR,
    ShinR,
    FootR,
}

pub const BONES: usize = 13;

impl Bone {
    pub const ALL: [Bone; BONES] = [
        Bone::LowBack,
        Bone::UpBack,
        Bone::Head,
        Bone::ArmL,
        Bone::ForearmL,
        Bone::ArmR,
        Bone::ForearmR,
        Bone::ThighL,
        Bone::ShinL,
        Bone::FootL,
        Bone::ThighR,
        Bone::ShinR,
        Bone::FootR,
    ];

    /// The bone this one hangs from; `None` for the pelvis-to-waist bone, the root.
    pub fn parent(self) -> Option<Bone> {
        use Bone::*;
        match self {
            LowBack => None,
            UpBack | ThighL | ThighR => Some(LowBack),
            Head | ArmL | ArmR => Some(UpBack),
            ForearmL => Some(ArmL),
            ForearmR => Some(ArmR),
            ShinL => Some(ThighL),
            FootL => Some(ShinL),
            ShinR => Some(ThighR),
            FootR => Some(ShinR),
        }
    }

    /// Whether the bone is on the person's left (drawn behind in the side view).
    pub fn is_left(self) -> bool {
        use Bone::*;
        matches!(self, ArmL | ForearmL | ThighL | ShinL | FootL)
    }

    /// The thickness of the bone as drawn.
    pub fn width(self) -> f32 {
        use Bone::*;
        match self {
            LowBack | UpBack => 9.0,
            Head => 3.0,
            ThighL | ThighR => 6.5,
            ShinL | ShinR => 5.5,
            ArmL | ArmR => 5.0,
            ForearmL | ForearmR => 4.5,
            FootL | FootR => 4.0,
        }
    }
}

/// The radius of the head, drawn at the far end of [`Bone::Head`].
pub const HEAD_RADIUS: f32 = 6.5;

/// Which way the figure is seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Side,
    /// From the front, sitting: the thighs point at the viewer and look short.
    Front,
    /// From the feet, lying on the back: the trunk is seen end on, the legs as knees up.
    End,
}

impl View {
    /// Each bone's drawn length.
    pub fn lengths(self) -> [f32; BONES] {
        match self {
            View::Side => [
                13.0, 17.0, 10.0, 16.0, 15.0, 16.0, 15.0, 24.0, 22.0, 7.0, 24.0, 22.0, 7.0,
            ],
            View::Front => [
                13.0, 17.0, 10.0, 16.0, 15.0, 16.0, 15.0, 7.0, 21.0, 3.0, 7.0, 21.0, 3.0,
            ],
            // The head lies further away, so it shows above the shoulders.
            View::End => [
                3.0, 3.0, 16.0, 9.0, 7.0, 9.0, 7.0, 21.0, 19.0, 2.5, 21.0, 19.0, 2.5,
            ],
        }
    }

    /// Where a bone starts, sideways from its parent's end (shoulders and hips seen from
    /// the front are apart; seen from the side they coincide).
    pub fn offset(self, bone: Bone) -> f32 {
        let (shoulder, hip) = match self {
            View::Side => (0.0, 0.0),
            View::Front => (9.0, 6.0),
            View::End => (11.0, 6.0),
        };
        match bone {
            Bone::ArmL => shoulder,
            Bone::ArmR => -shoulder,
            Bone::ThighL => hip,
            Bone::ThighR => -hip,
            _ => 0.0,
        }
    }
}

/// One key position: where the pelvis is, each bone's direction on the page, and where the
/// ball is (for exercises with a ball).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pose {
    pub root: [f32; 2],
    pub abs: [f32; BONES],
    pub ball: [f32; 2],
}

/// Things the figure lies, sits or leans on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Prop {
    /// A chair's seat at height `seat` above the floor, seen from the front.
    ChairFront { seat: f32 },
    /// An exercise ball of this radius; its place is in each pose.
    Ball { radius: f32 },
    /// A wall whose surface is at `x`, to its left.
    Wall { x: f32 },
    /// A low step from `x` to `x + width`, `height` tall.
    Step { x: f32, width: f32, height: f32 },
}

/// Which figure: an exercise at a variant (`Spec::levels`), a stretch, or the activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FigureId {
    Exercise(ExerciseId, u8),
    Stretch(StretchId),
    Activity,
}

impl FigureId {
    /// Every figure there is: each exercise at each of its variants, each stretch, the
    /// activity.
    pub fn all() -> Vec<FigureId> {
        let mut all: Vec<FigureId> = super::exercises::CATALOGUE
            .iter()
            .flat_map(|spec| (0..spec.levels).map(move |level| FigureId::Exercise(spec.id, level)))
            .collect();
        all.extend(StretchId::ALL.map(FigureId::Stretch));
        all.push(FigureId::Activity);
        all
    }

    /// A short name for CSS classes and animation names, unique per figure.
    pub fn key(self) -> String {
        match self {
            FigureId::Exercise(id, level) => format!("fe{}-{level}", id as usize),
            FigureId::Stretch(id) => format!("fs{}", id as usize),
            FigureId::Activity => "fa".to_owned(),
        }
    }
}

/// A figure: how it is seen, what it uses, its key poses and the movement through them.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub view: View,
    pub props: Vec<Prop>,
    pub poses: Vec<Pose>,
    /// The movement as (seconds from the start, pose index), from 0 to [`Figure::cycle`];
    /// it repeats. Between two keys the figure moves smoothly; the same pose twice is a hold.
    pub keys: Vec<(f32, usize)>,
    /// The two poses shown side by side when the figure stands still: start and end.
    pub still: [usize; 2],
}

impl Figure {
    /// The seconds of one cycle: for exercises counted in repetitions, one repetition (for
    /// exercises counted per side, one on each side).
    pub fn cycle(&self) -> f32 {
        self.keys.last().map_or(0.0, |&(t, _)| t)
    }

    /// Whether the figure moves at all.
    pub fn moves(&self) -> bool {
        self.keys.len() > 1
    }

    /// The smallest box around every pose and prop: (min x, min y, max x, max y), with a
    /// margin.
    pub fn bounds(&self) -> [f32; 4] {
        let mut b = [f32::MAX, f32::MAX, f32::MIN, f32::MIN];
        let mut add = |p: [f32; 2], r: f32| {
            b[0] = b[0].min(p[0] - r);
            b[1] = b[1].min(p[1] - r);
            b[2] = b[2].max(p[0] + r);
            b[3] = b[3].max(p[1] + r);
        };
        for pose in &self.poses {
            for (bone, [start, end]) in Bone::ALL.iter().zip(joints(self.view, pose)) {
                let r = if *bone == Bone::Head {
                    HEAD_RADIUS + 1.0
                } else {
                    bone.width() / 2.0
                };
                add(start, bone.width() / 2.0);
                add(end, r);
            }
            for prop in &self.props {
                if let Prop::Ball { radius } = prop {
                    add(pose.ball, *radius);
                }
            }
        }
        for prop in &self.props {
            match *prop {
                Prop::ChairFront { seat } => {
                    add([-15.0, -seat - 30.0], 0.0);
                    add([15.0, 0.0], 0.0);
                }
                Prop::Wall { x } => {
                    add([x - 4.0, -1.0], 0.0);
                }
                Prop::Step { x, width, height } => {
                    add([x, -height], 0.0);
                    add([x + width, 0.0], 0.0);
                }
                Prop::Ball { .. } => {}
            }
        }
        // The floor is always in the picture, with a little room under it.
        b[3] = b[3].max(0.0);
        let margin = 4.0;
        [b[0] - margin, b[1] - margin, b[2] + margin, b[3] + 3.0]
    }
}

/// Each bone's start and end point on the page.
pub fn joints(view: View, pose: &Pose) -> [[[f32; 2]; 2]; BONES] {
    let lengths = view.lengths();
    let mut out = [[[0.0; 2]; 2]; BONES];
    for (i, bone) in Bone::ALL.iter().enumerate() {
        let start = match bone.parent() {
            None => pose.root,
            Some(parent) => {
                let p = parent as usize;
                let (end, along) = if parent == Bone::LowBack && bone.is_leg() {
                    (out[p][0], pose.abs[p])
                } else {
                    (out[p][1], pose.abs[p])
                };
                add(end, scale(dir(along + 90.0), view.offset(*bone)))
            }
        };
        out[i] = [start, add(start, scale(dir(pose.abs[i]), lengths[i]))];
    }
    out
}

impl Bone {
    fn is_leg(self) -> bool {
        matches!(self, Bone::ThighL | Bone::ThighR)
    }

    fn is_trunk(self) -> bool {
        matches!(self, Bone::LowBack | Bone::UpBack | Bone::Head)
    }
}

/// Each bone's place in its parent's frame, as the UI nests it: the joint's position in the
/// parent's coordinates (the parent's start at the origin, its end at (0, -length)) and the
/// rotation relative to the parent, in degrees. The root's position is on the page.
pub fn local(view: View, pose: &Pose) -> [([f32; 2], f32); BONES] {
    let lengths = view.lengths();
    let mut out = [([0.0; 2], 0.0); BONES];
    for (i, bone) in Bone::ALL.iter().enumerate() {
        out[i] = match bone.parent() {
            None => (pose.root, pose.abs[i]),
            Some(parent) => {
                let p = parent as usize;
                let y = if parent == Bone::LowBack && bone.is_leg() {
                    0.0
                } else {
                    -lengths[p]
                };
                (
                    [view.offset(*bone), y],
                    normalize(pose.abs[i] - pose.abs[p]),
                )
            }
        };
    }
    out
}

/// Each joint's angle as a person would name it, in degrees: for the root the trunk's lean,
/// for the rest the bend against the parent (flexion positive: trunk and head forward, hip
/// and shoulder forward, knee and elbow bent, foot pointed; seen from the front the arms
/// and legs sideways away from the body).
pub fn anatomy(view: View, pose: &Pose) -> [f32; BONES] {
    let mut out = [0.0; BONES];
    for (i, bone) in Bone::ALL.iter().enumerate() {
        let Some(parent) = bone.parent() else {
            out[i] = pose.abs[i];
            continue;
        };
        let rel = normalize(pose.abs[i] - pose.abs[parent as usize]);
        // Seen from the front or the feet, the person's right side mirrors the left.
        let mirrored = view != View::Side && !bone.is_left() && !bone.is_trunk();
        let rel = if mirrored { -rel } else { rel };
        out[i] = match bone {
            Bone::UpBack | Bone::Head => rel,
            Bone::ArmL | Bone::ArmR | Bone::ThighL | Bone::ThighR => {
                let bend = normalize(180.0 - rel);
                // Seen from the feet, a knee up points past "straight out to the side".
                if view == View::End && bend < 0.0 {
                    bend + 360.0
                } else {
                    bend
                }
            }
            Bone::ForearmL | Bone::ForearmR => -rel,
            Bone::ShinL | Bone::ShinR => rel,
            Bone::FootL | Bone::FootR => rel + 90.0,
            Bone::LowBack => pose.abs[i],
        };
    }
    out
}

/// The range each joint may take in a view, as [`anatomy`] names it, inclusive. Seen from
/// the feet, a knee up is a hip bent by 90° that looks straight up; the limits there are
/// for what the picture shows.
pub fn limits(view: View, bone: Bone) -> (f32, f32) {
    use Bone::*;
    match (view, bone) {
        (_, LowBack) => (-180.0, 180.0),
        (View::Side, UpBack) => (-25.0, 45.0),
        (_, UpBack) => (-30.0, 30.0),
        (_, Head) => (-40.0, 50.0),
        (View::Side, ArmL | ArmR) => (-50.0, 180.0),
        (_, ArmL | ArmR) => (-10.0, 180.0),
        (View::Side, ForearmL | ForearmR) => (0.0, 150.0),
        (_, ForearmL | ForearmR) => (-150.0, 150.0),
        (View::Side, ThighL | ThighR) => (-25.0, 130.0),
        (View::Front, ThighL | ThighR) => (-20.0, 70.0),
        (View::End, ThighL | ThighR) => (110.0, 250.0),
        (View::Side, ShinL | ShinR) => (0.0, 150.0),
        // From the front a thigh towards the viewer looks short, and the shin turns back in.
        (View::Front, ShinL | ShinR) => (-70.0, 70.0),
        (View::End, ShinL | ShinR) => (150.0, 180.0),
        (View::Side, FootL | FootR) => (-25.0, 55.0),
        (_, FootL | FootR) => (-90.0, 90.0),
    }
}

/// The joints of `pose` outside their [`limits`], as (bone, angle).
pub fn out_of_limits(view: View, pose: &Pose) -> Vec<(Bone, f32)> {
    let angles = anatomy(view, pose);
    Bone::ALL
        .iter()
        .zip(angles)
        .filter(|(bone, angle)| {
            let (lo, hi) = limits(view, **bone);
            !(lo - 0.5..=hi + 0.5).contains(angle)
        })
        .map(|(bone, angle)| (*bone, angle))
        .collect()
}

// ---- Geometry --------------------------------------------------------------------------

fn dir(deg: f32) -> [f32; 2] {
    let r = deg.to_radians();
    [r.sin(), -r.cos()]
}

fn add(a: [f32; 2], b: [f32; 2]) -> [f32; 2] {
    [a[0] + b[0], a[1] + b[1]]
}

fn scale(a: [f32; 2], k: f32) -> [f32; 2] {
    [a[0] * k, a[1] * k]
}

/// The direction from `a` to `b`.
fn toward(a: [f32; 2], b: [f32; 2]) -> f32 {
    (b[0] - a[0]).atan2(a[1] - b[1]).to_degrees()
}

fn distance(a: [f32; 2], b: [f32; 2]) -> f32 {
    ((b[0] - a[0]).powi(2) + (b[1] - a[1]).powi(2)).sqrt()
}

/// An angle in (-180, 180].
fn normalize(deg: f32) -> f32 {
    let d = deg.rem_euclid(360.0);
    if d > 180.0 {
        d - 360.0
    } else {
        d
    }
}

/// The directions of two bones of lengths `a` and `b` from `from` reaching `to` (or as far
/// towards it as they go); `bend` +1 bends the joint between them clockwise (a knee seen
/// from the right), -1 the other way (an elbow).
fn reach(from: [f32; 2], to: [f32; 2], a: f32, b: f32, bend: f32) -> (f32, f32) {
    let d = distance(from, to).clamp((a - b).abs() + 0.01, a + b - 0.01);
    let base = toward(from, to);
    let alpha = ((a * a + d * d - b * b) / (2.0 * a * d))
        .clamp(-1.0, 1.0)
        .acos()
        .to_degrees();
    let first = base - bend * alpha;
    let mid = add(from, scale(dir(first), a));
    let target = add(from, scale(dir(base), d));
    (first, toward(mid, target))
}

// ---- Building poses ---------------------------------------------------------------------

/// A pose under construction, in one view.
#[derive(Clone, Copy)]
struct Builder {
    view: View,
    pose: Pose,
}

impl Builder {
    fn new(view: View, root: [f32; 2], trunk: f32) -> Builder {
        let mut abs = [0.0; BONES];
        abs[Bone::LowBack as usize] = trunk;
        abs[Bone::UpBack as usize] = trunk;
        abs[Bone::Head as usize] = trunk;
        Builder {
            view,
            pose: Pose {
                root,
                abs,
                ball: [0.0, 0.0],
            },
        }
    }

    fn set(mut self, bone: Bone, deg: f32) -> Builder {
        self.pose.abs[bone as usize] = deg;
        self
    }

    /// The trunk from the pelvis at `root` with its top at `shoulder`, straight.
    fn trunk_to(view: View, root: [f32; 2], shoulder: [f32; 2]) -> Builder {
        Builder::new(view, root, toward(root, shoulder))
    }

    fn spine(self, low: f32, up: f32, head: f32) -> Builder {
        self.set(Bone::LowBack, low)
            .set(Bone::UpBack, up)
            .set(Bone::Head, head)
    }

    fn ball(mut self, at: [f32; 2]) -> Builder {
        self.pose.ball = at;
        self
    }

    fn point(&self, bone: Bone, end: bool) -> [f32; 2] {
        joints(self.view, &self.pose)[bone as usize][usize::from(end)]
    }

    /// A leg with the ankle at (or towards) `ankle` and the foot pointing `foot`.
    fn leg(mut self, thigh: Bone, ankle: [f32; 2], foot: f32, bend: f32) -> Builder {
        let (shin, footb) = match thigh {
            Bone::ThighL => (Bone::ShinL, Bone::FootL),
            _ => (Bone::ShinR, Bone::FootR),
        };
        let l = self.view.lengths();
        let hip = self.point(thigh, false);
        let (a, b) = reach(hip, ankle, l[thigh as usize], l[shin as usize], bend);
        self = self.set(thigh, a).set(shin, b).set(footb, foot);
        self
    }

    /// Both legs to ankles `l` and `r`, feet pointing `foot`.
    fn legs(self, l: [f32; 2], r: [f32; 2], foot: f32) -> Builder {
        let (bl, br) = match self.view {
            View::Side | View::End => (1.0, 1.0),
            View::Front => (1.0, -1.0),
        };
        let (fl, fr) = match self.view {
            View::Side => (foot, foot),
            _ => (foot, -foot),
        };
        self.leg(Bone::ThighL, l, fl, bl)
            .leg(Bone::ThighR, r, fr, br)
    }

    /// An arm with the hand at (or towards) `hand`.
    fn arm(self, upper: Bone, hand: [f32; 2], bend: f32) -> Builder {
        let fore = if upper == Bone::ArmL {
            Bone::ForearmL
        } else {
            Bone::ForearmR
        };
        let l = self.view.lengths();
        let shoulder = self.point(upper, false);
        let (a, b) = reach(shoulder, hand, l[upper as usize], l[fore as usize], bend);
        self.set(upper, a).set(fore, b)
    }

    fn arms(self, l: [f32; 2], r: [f32; 2], bend: f32) -> Builder {
        self.arm(Bone::ArmL, l, bend).arm(Bone::ArmR, r, bend)
    }

    fn done(self) -> Pose {
        self.pose
    }
}

/// The ball's radius: a ball of about 65 cm, a little pressed flat, next to an adult of
/// about 1.75 m.
pub const BALL_RADIUS: f32 = 15.0;

/// Lying on the back, head to the left, knees bent and feet flat: the pelvis at `pelvis`,
/// the shoulders on the floor, the ankles at `ankle`.
fn lying_bent(pelvis: [f32; 2], ankle: [f32; 2]) -> Builder {
    let shoulder = [-30.0, -4.5];
    let b = Builder::trunk_to(View::Side, pelvis, shoulder);
    let head = toward(shoulder, [-39.5, -6.5]);
    b.set(Bone::Head, head)
        .arms([2.0, -2.5], [2.0, -2.5], -1.0)
        .legs(ankle, ankle, 90.0)
}

/// On hands and knees, head to the right, back flat.
/// On hands and knees, head to the right: the back slopes up to the shoulders, since the
/// arms are longer than the thighs.
fn all_fours(low: f32, up: f32) -> Builder {
    Builder::new(View::Side, [0.0, -27.0], 0.0)
        .spine(low, up, up + 10.0)
        .legs([-20.0, -6.0], [-20.0, -6.0], -135.0)
}

const FLAT_BACK: f32 = 76.0;

fn all_fours_hands(b: Builder) -> Builder {
    b.arms([29.5, -2.5], [29.5, -2.5], -1.0)
}

fn bridge(level: u8) -> Figure {
    let (ankle, lift) = match level {
        0 => ([30.0, -3.5], 9.0),
        1 => ([30.0, -3.5], 24.0),
        _ => ([27.0, -13.5], 25.0),
    };
    let shoulder = [-30.0, -4.5];
    let up_pelvis = add(shoulder, scale(dir(90.0 - lift), 30.0));
    let down = lying_bent([0.0, -4.5], ankle).done();
    let up = lying_bent(up_pelvis, ankle).done();
    let props = if level == 2 {
        vec![Prop::Step {
            x: 22.0,
            width: 20.0,
            height: 10.0,
        }]
    } else {
        vec![]
    };
    Figure {
        view: View::Side,
        props,
        poses: vec![down, up],
        // 2 s up, 2 s hold, 2 s down.
        keys: vec![(0.0, 0), (2.0, 1), (4.0, 1), (6.0, 0)],
        still: [0, 1],
    }
}

fn bird_dog(level: u8) -> Figure {
    let base = all_fours_hands(all_fours(FLAT_BACK, FLAT_BACK)).done();
    let reach_arm = |b: Builder, arm: Bone| b.arm(arm, [72.0, -33.0], -1.0);
    let reach_leg = |b: Builder, thigh: Bone| b.leg(thigh, [-46.0, -30.0], -135.0, 1.0);
    let start = all_fours_hands(all_fours(FLAT_BACK, FLAT_BACK));
    let (right, left) = if level == 0 {
        // One arm at a time: the right arm, then the left.
        (
            reach_arm(start, Bone::ArmR).done(),
            reach_arm(start, Bone::ArmL).done(),
        )
    } else {
        // An arm and the opposite leg: right arm with left leg, then left arm with right leg.
        (
            reach_leg(reach_arm(start, Bone::ArmR), Bone::ThighL).done(),
            reach_leg(reach_arm(start, Bone::ArmL), Bone::ThighR).done(),
        )
    };
    Figure {
        view: View::Side,
        props: vec![],
        poses: vec![base, right, left],
        // Reach in 1 s, hold 3 s, back in 1 s; then the other side.
        keys: vec![
            (0.0, 0),
            (1.0, 1),
            (4.0, 1),
            (5.0, 0),
            (6.0, 2),
            (9.0, 2),
            (10.0, 0),
        ],
        still: [0, 1],
    }
}

fn ball_plank(level: u8) -> Figure {
    let (ball, knee) = if level == 0 {
        ([38.0, -BALL_RADIUS], [4.0, -2.75])
    } else {
        ([44.0, -BALL_RADIUS], [-17.0, -2.75])
    };
    let elbow = add(ball, scale(dir(-40.0), BALL_RADIUS + 2.5));
    let hand = add(ball, scale(dir(15.0), BALL_RADIUS + 2.5));
    let shoulder = add(
        elbow,
        scale(dir(if level == 0 { -25.0 } else { -55.0 }), 16.0),
    );
    // The plank: knee, hip and shoulder in one line (level 1) or hips a little bent.
    let (hip_angle, _) = reach(knee, shoulder, 24.0, 30.0, 1.0);
    let hip = add(knee, scale(dir(hip_angle), 24.0));
    let plank = Builder::trunk_to(View::Side, hip, shoulder)
        .set(Bone::Head, toward(hip, shoulder) - 15.0)
        .legs(add(knee, [-22.0, -4.0]), add(knee, [-22.0, -4.0]), -130.0)
        .arms(hand, hand, -1.0)
        .ball(ball)
        .done();
    // Getting ready: kneeling upright behind the ball, hands on it.
    let kneel_hip = add(knee, [-4.0, -24.0]);
    let ready = Builder::new(View::Side, kneel_hip, 35.0)
        .set(Bone::Head, 25.0)
        .legs(add(knee, [-22.0, -4.0]), add(knee, [-22.0, -4.0]), -130.0);
    let ready_shoulder = ready.point(Bone::ArmL, false);
    let ready = ready
        .arms(
            add(ball, scale(dir(-25.0), BALL_RADIUS + 2.5)),
            add(ball, scale(dir(-25.0), BALL_RADIUS + 2.5)),
            -1.0,
        )
        .ball(ball)
        .done();
    let _ = ready_shoulder;
    Figure {
        view: View::Side,
        props: vec![Prop::Ball {
            radius: BALL_RADIUS,
        }],
        poses: vec![ready, plank],
        // Into the plank in 2 s, hold, out in 2 s.
        keys: vec![(0.0, 0), (2.0, 1), (8.0, 1), (10.0, 0)],
        still: [0, 1],
    }
}

fn wall_squat(level: u8) -> Figure {
    let wall = -14.0;
    let ankle = [40.0, -3.5];
    let pose = |drop: f32| {
        let pelvis = [wall + 2.0 * BALL_RADIUS + 4.0, -46.0 + drop];
        let ball = [wall + BALL_RADIUS, -57.0 + drop / 2.0];
        Builder::new(View::Side, pelvis, 3.0)
            .set(Bone::Head, 5.0)
            .set(Bone::ArmL, 172.0)
            .set(Bone::ForearmL, 140.0)
            .set(Bone::ArmR, 172.0)
            .set(Bone::ForearmR, 140.0)
            .legs(ankle, ankle, 90.0)
            .ball(ball)
            .done()
    };
    let down = if level == 0 { 10.0 } else { 18.0 };
    Figure {
        view: View::Side,
        props: vec![
            Prop::Wall { x: wall },
            Prop::Ball {
                radius: BALL_RADIUS,
            },
        ],
        poses: vec![pose(0.0), pose(down)],
        // 2 s down, a moment still, 2 s up.
        keys: vec![(0.0, 0), (2.0, 1), (3.0, 1), (5.0, 0)],
        still: [0, 1],
    }
}

/// Seen from the feet, lying on the back with the knees up; `tilt` tips both knees to the
/// person's left (positive) or right.
fn knees_up(tilt: f32) -> Pose {
    let b = Builder::new(View::End, [0.0, -4.0], 0.0)
        .set(Bone::Head, 0.0)
        .set(Bone::ArmL, 115.0)
        .set(Bone::ForearmL, 95.0)
        .set(Bone::ArmR, -115.0)
        .set(Bone::ForearmR, -95.0);
    // The knee turns around the line from hip to foot: both ends stay, the leg tips.
    b.set(Bone::ThighL, tilt)
        .set(Bone::ShinL, tilt + 172.0)
        .set(Bone::FootL, 90.0)
        .set(Bone::ThighR, tilt)
        .set(Bone::ShinR, tilt - 172.0)
        .set(Bone::FootR, -90.0)
        .done()
}

fn rocking(tilt: f32, step: f32) -> Figure {
    Figure {
        view: View::End,
        props: vec![],
        poses: vec![knees_up(0.0), knees_up(tilt), knees_up(-tilt)],
        keys: vec![
            (0.0, 0),
            (step, 1),
            (2.0 * step, 0),
            (3.0 * step, 2),
            (4.0 * step, 0),
        ],
        still: [1, 2],
    }
}

/// Sitting, seen from the front, on a seat whose top is `seat` above the floor; the trunk
/// leans `lean` to the person's left (positive), the pelvis shifted by `shift`; the feet
/// stay where they are.
fn sitting_front(seat: f32, lean: f32, shift: f32, ball: Option<[f32; 2]>) -> Pose {
    let b = Builder::new(View::Front, [shift, -seat - 4.0], lean * 0.5)
        .spine(lean * 0.5, lean, lean * 0.2)
        .legs([9.0, -3.0], [-9.0, -3.0], 90.0);
    // The hands rest on the thighs.
    let knee_l = b.point(Bone::ShinL, false);
    let knee_r = b.point(Bone::ShinR, false);
    let b = b.arm(Bone::ArmL, add(knee_l, [0.0, -5.0]), 1.0).arm(
        Bone::ArmR,
        add(knee_r, [0.0, -5.0]),
        -1.0,
    );
    match ball {
        Some(at) => b.ball(at).done(),
        None => b.done(),
    }
}

fn seated_moves() -> Figure {
    let seat = 24.0;
    Figure {
        view: View::Front,
        props: vec![Prop::ChairFront { seat }],
        poses: vec![
            sitting_front(seat, 0.0, 0.0, None),
            sitting_front(seat, 8.0, 0.0, None),
            sitting_front(seat, -8.0, 0.0, None),
        ],
        keys: vec![(0.0, 0), (1.5, 1), (3.0, 0), (4.5, 2), (6.0, 0)],
        still: [1, 2],
    }
}

fn ball_rocking() -> Figure {
    let seat = 2.0 * BALL_RADIUS - 3.0;
    let pose =
        |shift: f32| sitting_front(seat, -shift * 1.2, shift, Some([shift * 0.4, -BALL_RADIUS]));
    Figure {
        view: View::Front,
        props: vec![Prop::Ball {
            radius: BALL_RADIUS,
        }],
        poses: vec![pose(0.0), pose(4.0), pose(-4.0)],
        keys: vec![(0.0, 0), (1.5, 1), (3.0, 0), (4.5, 2), (6.0, 0)],
        still: [1, 2],
    }
}

/// Sitting on the ball seen from the side, the lower back rounded (positive `tilt`) or
/// hollow (negative).
fn ball_tilt_pose(tilt: f32) -> Pose {
    let ball = [tilt * 0.1, -BALL_RADIUS];
    let pelvis = [ball[0], -2.0 * BALL_RADIUS - 2.0];
    let b = Builder::new(View::Side, pelvis, 0.0)
        .spine(-tilt, tilt * 0.6, 0.0)
        .legs([24.0, -3.5], [24.0, -3.5], 90.0);
    let knee = b.point(Bone::ShinR, false);
    b.arms(add(knee, [-4.0, -4.0]), add(knee, [-4.0, -4.0]), -1.0)
        .ball(ball)
        .done()
}

fn ball_mini_tilt() -> Figure {
    Figure {
        view: View::Side,
        props: vec![Prop::Ball {
            radius: BALL_RADIUS,
        }],
        poses: vec![
            ball_tilt_pose(0.0),
            ball_tilt_pose(14.0),
            ball_tilt_pose(-12.0),
        ],
        keys: vec![(0.0, 0), (1.5, 1), (3.0, 0), (4.5, 2), (6.0, 0)],
        still: [1, 2],
    }
}

fn knee_to_chest() -> Figure {
    let ankle = [30.0, -3.5];
    let rest = lying_bent([0.0, -4.5], ankle).done();
    let pulled = lying_bent([0.0, -4.5], ankle);
    let pulled = pulled
        .set(Bone::ThighR, 5.0)
        .set(Bone::ShinR, 120.0)
        .set(Bone::FootR, 50.0);
    let knee = pulled.point(Bone::ShinR, false);
    let pulled = pulled
        .arms(add(knee, [2.0, 0.0]), add(knee, [2.0, 0.0]), -1.0)
        .done();
    Figure {
        view: View::Side,
        props: vec![],
        poses: vec![rest, pulled],
        keys: vec![(0.0, 0), (2.0, 1), (6.0, 1), (8.0, 0)],
        still: [0, 1],
    }
}

fn pelvic_tilt() -> Figure {
    let pose = |sag: f32| all_fours_hands(all_fours(FLAT_BACK + sag, FLAT_BACK - sag)).done();
    Figure {
        view: View::Side,
        props: vec![],
        poses: vec![pose(0.0), pose(12.0), pose(-12.0)],
        keys: vec![(0.0, 0), (1.5, 1), (3.0, 0), (4.5, 2), (6.0, 0)],
        still: [1, 2],
    }
}

fn abdominal_hold() -> Figure {
    let ankle = [30.0, -3.5];
    let rest = lying_bent([0.0, -4.5], ankle).done();
    let curl = lying_bent([0.0, -4.5], ankle);
    let low = curl.pose.abs[Bone::LowBack as usize];
    let curl = curl.spine(low, low + 28.0, low + 40.0);
    let knee = curl.point(Bone::ShinR, false);
    let curl = curl
        .arms(add(knee, [-8.0, 2.0]), add(knee, [-8.0, 2.0]), -1.0)
        .done();
    Figure {
        view: View::Side,
        props: vec![],
        poses: vec![rest, curl],
        keys: vec![(0.0, 0), (2.0, 1), (6.0, 1), (8.0, 0)],
        still: [0, 1],
    }
}

fn back_hold() -> Figure {
    // Lying on the belly, head to the right, arms stretched out beyond the head.
    let pose = |lift: f32| {
        Builder::new(View::Side, [0.0, -4.5], 90.0)
            .spine(90.0, 90.0 - lift * 0.5, 80.0 - lift)
            .set(Bone::ArmL, 95.0 - lift)
            .set(Bone::ForearmL, 95.0 - lift)
            .set(Bone::ArmR, 95.0 - lift)
            .set(Bone::ForearmR, 95.0 - lift)
            .set(Bone::ThighL, -88.0 + lift)
            .set(Bone::ShinL, -83.0 + lift)
            .set(Bone::FootL, -123.0 + lift)
            .set(Bone::ThighR, -88.0 + lift)
            .set(Bone::ShinR, -83.0 + lift)
            .set(Bone::FootR, -123.0 + lift)
            .done()
    };
    Figure {
        view: View::Side,
        props: vec![],
        poses: vec![pose(0.0), pose(10.0)],
        keys: vec![(0.0, 0), (2.0, 1), (6.0, 1), (8.0, 0)],
        still: [0, 1],
    }
}

fn walking() -> Figure {
    let pelvis = [0.0, -49.0];
    let pose = Builder::new(View::Side, pelvis, 4.0)
        .set(Bone::Head, 6.0)
        .set(Bone::ArmR, 150.0)
        .set(Bone::ForearmR, 120.0)
        .set(Bone::ArmL, 205.0)
        .set(Bone::ForearmL, 190.0)
        .leg(Bone::ThighR, [14.0, -6.0], 70.0, 1.0)
        .leg(Bone::ThighL, [-13.0, -8.0], 130.0, 1.0)
        .done();
    Figure {
        view: View::Side,
        props: vec![],
        poses: vec![pose],
        keys: vec![(0.0, 0)],
        still: [0, 0],
    }
}

/// The figure for `id`.
pub fn figure(id: FigureId) -> Figure {
    match id {
        FigureId::Exercise(exercise, level) => match exercise {
            ExerciseId::KneeRocking => rocking(18.0, 1.0),
            ExerciseId::SeatedMicroMoves => seated_moves(),
            ExerciseId::Bridge => bridge(level),
            ExerciseId::BirdDog => bird_dog(level),
            ExerciseId::BallRocking => ball_rocking(),
            ExerciseId::BallMiniTilt => ball_mini_tilt(),
            ExerciseId::BallPlank => ball_plank(level),
            ExerciseId::BallWallSquat => wall_squat(level),
        },
        FigureId::Stretch(stretch) => match stretch {
            StretchId::KneeToChest => knee_to_chest(),
            StretchId::PelvicTilt => pelvic_tilt(),
            StretchId::LowerBackRotation => rocking(55.0, 2.0),
            StretchId::AbdominalHold => abdominal_hold(),
            StretchId::BackMuscleHold => back_hold(),
        },
        FigureId::Activity => walking(),
    }
}
