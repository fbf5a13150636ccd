//! The exercise figures (src/domain/poses.rs): every exercise at every variant, every stretch
//! and the activity has a figure; every joint in every key pose stays within its limits; the
//! body stays above the floor; the movement's keys make sense; and the side that moves is
//! the side the how-to text names.

use rugplan::domain::exercises::{ExerciseId, StretchId, CATALOGUE};
use rugplan::domain::poses::{figure, joints, out_of_limits, Bone, FigureId, HEAD_RADIUS};

#[test]
fn every_exercise_variant_stretch_and_the_activity_has_a_figure() {
    let all = FigureId::all();
    for spec in &CATALOGUE {
        for level in 0..spec.levels {
            assert!(all.contains(&FigureId::Exercise(spec.id, level)));
        }
    }
    for stretch in StretchId::ALL {
        assert!(all.contains(&FigureId::Stretch(stretch)));
    }
    assert!(all.contains(&FigureId::Activity));
    let keys: std::collections::HashSet<String> = all.iter().map(|id| id.key()).collect();
    assert_eq!(keys.len(), all.len(), "figure keys are unique");
    for id in all {
        let fig = figure(id);
        assert!(!fig.poses.is_empty(), "{id:?} has poses");
        assert!(fig.still.iter().all(|&i| i < fig.poses.len()), "{id:?}");
    }
}

#[test]
fn every_joint_stays_within_its_limits() {
    let mut wrong = Vec::new();
    for id in FigureId::all() {
        let fig = figure(id);
        for (n, pose) in fig.poses.iter().enumerate() {
            for (bone, angle) in out_of_limits(fig.view, pose) {
                wrong.push(format!("{id:?} pose {n}: {bone:?} at {angle:.0}°"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_body_stays_on_or_above_the_floor() {
    let mut wrong = Vec::new();
    for id in FigureId::all() {
        let fig = figure(id);
        for (n, pose) in fig.poses.iter().enumerate() {
            for (bone, [start, end]) in Bone::ALL.iter().zip(joints(fig.view, pose)) {
                let r = bone.width() / 2.0;
                let mut lowest = start[1].max(end[1]) + r;
                if *bone == Bone::Head {
                    lowest = lowest.max(end[1] + HEAD_RADIUS);
                }
                if lowest > 1.0 {
                    wrong.push(format!(
                        "{id:?} pose {n}: {bone:?} {lowest:.1} below the floor"
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_movement_starts_at_zero_and_goes_forward() {
    for id in FigureId::all() {
        let fig = figure(id);
        assert_eq!(fig.keys.first().map(|k| k.0), Some(0.0), "{id:?}");
        assert!(fig.keys.windows(2).all(|w| w[0].0 < w[1].0), "{id:?}");
        assert!(fig.keys.iter().all(|k| k.1 < fig.poses.len()), "{id:?}");
        if fig.moves() {
            assert_eq!(fig.keys.first().map(|k| k.1), fig.keys.last().map(|k| k.1));
        }
    }
}

#[test]
fn the_tempo_is_the_one_the_text_gives() {
    // "2 tellen omhoog, 2 vasthouden, 2 zakken".
    let bridge = figure(FigureId::Exercise(ExerciseId::Bridge, 1));
    assert_eq!(
        bridge.keys.iter().map(|k| k.0).collect::<Vec<_>>(),
        [0.0, 2.0, 4.0, 6.0]
    );
    // "houd dat 3 tellen vast", on each side.
    let bird_dog = figure(FigureId::Exercise(ExerciseId::BirdDog, 0));
    let holds: Vec<f32> = bird_dog
        .keys
        .windows(2)
        .filter(|w| w[0].1 == w[1].1)
        .map(|w| w[1].0 - w[0].0)
        .collect();
    assert_eq!(holds, [3.0, 3.0]);
}

fn moved(id: FigureId, from: usize, to: usize, bone: Bone) -> f32 {
    let fig = figure(id);
    (fig.poses[to].abs[bone as usize] - fig.poses[from].abs[bone as usize]).abs()
}

#[test]
fn the_side_that_moves_is_the_side_the_text_names() {
    // Bird-dog: first the right arm reaches (its name says so), the left stays; then the left.
    for level in 0..2 {
        let id = FigureId::Exercise(ExerciseId::BirdDog, level);
        assert!(moved(id, 0, 1, Bone::ArmR) > 45.0);
        assert!(moved(id, 0, 1, Bone::ArmL) < 1.0);
        assert!(moved(id, 0, 2, Bone::ArmL) > 45.0);
        assert!(moved(id, 0, 2, Bone::ArmR) < 1.0);
        if level == 1 {
            // With the opposite leg.
            assert!(moved(id, 0, 1, Bone::ThighL) > 45.0);
            assert!(moved(id, 0, 1, Bone::ThighR) < 1.0);
        }
    }
    // Knee to chest: the right knee comes up, the left foot stays on the floor.
    let id = FigureId::Stretch(StretchId::KneeToChest);
    assert!(moved(id, 0, 1, Bone::ThighR) > 30.0);
    assert!(moved(id, 0, 1, Bone::ThighL) < 1.0);
    // Rocking: the knees go to the person's left (the viewer's right, seen from the feet).
    let fig = figure(FigureId::Exercise(ExerciseId::KneeRocking, 0));
    let knee = |pose: usize| joints(fig.view, &fig.poses[pose])[Bone::ThighL as usize][1][0];
    assert!(knee(1) > knee(0) && knee(2) < knee(0));
}
