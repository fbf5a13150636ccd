//! English: the second language. Plain UK/neutral English, short sentences. The same facts as
//! the Dutch catalogue (from `shared/content-brief.md`), in our own words. Dutch services
//! keep their Dutch name with a short gloss, because that is what a person will look for.

use super::{
    BallTexts, CommonTexts, DiaryTexts, EduCard, ExerciseText, InfoTexts, Messages, PlanTexts,
    StretchText,
};

pub static EN: Messages = Messages {
    app_name: "Rugplan",
    skip_to_content: "Skip to content",
    nav_label: "Main menu",
    nav_ball: "Ball size",
    nav_help: "Need help?",
    footer_disclaimer: "Rugplan gives information and helps you move. It does not diagnose and \
        does not replace your GP or physiotherapist.",
    footer_privacy: "Privacy and your data",
    privacy_title: "Privacy and your data",
    restored_text: "The backup has been restored.",
    restored_undo: "Undo",
    restored_keep: "Keep",
    reminder_text: "Your last backup is more than two weeks old. Download a new one so you do \
        not lose your plan and diary.",
    reminder_link: "Go to backup",
    ios_hint: "Tip: add Rugplan to your home screen (tap Share, then 'Add to Home Screen'). \
        Safari deletes data from websites you have not opened for 7 days; from your home \
        screen that does not happen.",
    ios_hint_close: "Close",
    not_found_title: "This page does not exist",
    not_found_body: "The link may not be quite right.",
    not_found_link: "Go to the home page",
    screen_loading: "Loading…",
    screen_unavailable_title: "This screen could not load",
    screen_unavailable_body: "It is not yet stored on your phone and there is no connection right now. Try again once you are online. What you entered is kept, and Need help? always works.",
    document_title: "{page} · Rugplan",

    storage_unavailable: "Your browser does not let Rugplan save anything. Everything still \
        works, but what you enter is gone when you close the page.",
    storage_full: "Your browser's storage is full. What you enter now will not be saved.",
    storage_did_not_stick: "Saving does not work in this browser. Everything still works, but \
        what you enter is gone when you close the page.",
    storage_newer: "This device has data from a newer version of Rugplan. This version leaves \
        it alone and saves nothing. Reload the page to update.",
    storage_protected: "Data saved earlier could not be read. Rugplan leaves it in place and so \
        saves nothing new.",
    storage_kept_aside: "Data saved earlier was damaged. We have kept it aside and thrown \
        nothing away.",

    storage_changed_elsewhere: "Your data was changed in another tab. You now see the latest \
        version.",
    storage_not_loaded: "Saving does not work right now: part of Rugplan is not on your phone \
        yet and there is no connection. Anything you saved before stays untouched. Try again \
        once you are online.",
    update_ready: "A new version of Rugplan is available.",
    update_reload: "Update now",

    home_title: "Rugplan",
    home_lead: "Keep moving with low back pain, at your own pace.",
    home_points: [
        "Back pain is often a nuisance, but usually not serious.",
        "For most people, staying active and building up slowly helps more than rest.",
        "Everything stays on your own phone. You do not need an account.",
    ],
    home_plan_link: "Make your exercise plan",
    home_plan_text: "Answer a few short questions and get a dated plan that builds up gently.",
    home_today_link: "Go to today",
    home_today_text: "What is on your plan today?",
    home_ball_link: "Which size of exercise ball suits me?",
    home_ball_text: "Enter your height and see which ball suits you.",
    home_help_link: "When should I see a doctor?",
    home_help_text: "Signs that mean you should not wait.",

    ball_title: "Which size of exercise ball?",

    help_title: "Need help?",
    help_lead: "Sometimes a doctor needs to look at your back soon. Here you can read which \
        signs mean that, and what to do then.",

    help_group_titles: [
        "Call your GP (huisarts) straight away if you have any of these",
        "Call your GP (huisarts) today if you have any of these",
        "Talk to your GP first, before you start exercising, if any of these apply to you",
    ],
    help_red_flags: [
        "Numbness around your genitals, your buttocks or the inside of your thighs.",
        "New trouble passing urine, or you can no longer hold your urine or stools well.",
        "Less strength or numbness in both legs, or loss of strength that gets worse quickly.",
        "Fever, or you feel ill, together with the back pain.",
        "Back pain that started after a bad fall or an accident.",
        "You have cancer, or you have had it in the past.",
        "You have taken prednisone or another corticosteroid medicine for a long time. Or you \
            have brittle bones (osteoporosis).",
        "This is the first time you have back pain, and you are over 50 or under 20.",
        "You are losing weight and you do not know why.",
        "The pain is always there, does not change when you lie differently and is worse at \
            night.",
        "You inject drugs or did so in the past. Or your immune system is weak, because of an \
            illness or medicines.",
    ],
    help_group_actions: [
        "Call your GP straight away. Outside office hours, call the huisartsenpost (GP \
            out-of-hours service). If a life is in danger, call 112.",
        "Call your GP today. Is the practice closed? Then call the huisartsenpost (GP \
            out-of-hours service). If a life is in danger, call 112.",
        "Make an appointment with your GP and talk about your back pain before you start an \
            exercise plan.",
    ],
    help_call_112: "Emergency: call 112",
    help_applies: "This applies to me: pause my exercise plan",
    help_paused: "Your exercise plan is paused. Today shows this advice until you say it has \
        been checked.",
    help_soon_title: "Make an appointment with your GP or physiotherapist if",
    help_soon_signs: [
        "the pain spreads into one leg, or you have tingling, numbness or less strength there;",
        "the complaints are still clearly there after 1 to 3 weeks, or moving is getting \
            harder;",
        "the complaints last longer than 6 weeks, or keep coming back;",
        "you are unsure how to do or build up an exercise, or your work, sport or an operation \
            asks something extra of you;",
        "your back pain started before you were 45, and your back is stiff for more than an \
            hour in the morning and loosens up when you move, or the pain comes mostly in the \
            second half of the night.",
    ],
    help_soon_action: "You can also make an exercise plan. This advice is then shown with your \
        plan.",
    help_note: "Rugplan does not diagnose. Not sure? Call your GP.",
    help_sources: "Sources: the NHG guideline on low back pain (the Dutch guideline for GPs), a physiotherapy practice and a physiotherapist.",

    source: "Source: {source}",

    nav_plan: "Plan",
    nav_today: "Today",
    intake_title: "Your exercise plan",

    plan_title: "My plan",
    plan_summary: "{weeks} weeks, {days} days a week · {start} to {end}",

    today_title: "Today",
    day_to_plan: "Go to my plan",

    nav_log: "Diary",

    summary_title: "Summary for your physiotherapist",

    lang_switch_label: "Language",
    lang_other_name: "Nederlands",
    lang_other_code: "nl",

    nav_about: "About",
    about_title: "About Rugplan",
    first_visit_title: "Welcome to Rugplan",
    first_visit_lines: [
        "Rugplan makes an exercise plan that builds up step by step. It also finds the right \
            size of exercise ball and has a diary for your back. Everything stays on this phone.",
        "'Need help?' at the top of every screen tells you when to get help.",
    ],
    first_visit_ok: "Get started",
};

pub static BALL: BallTexts = BallTexts {
    ball_lead: "Enter your height and tap ‘Calculate’. Then you see which ball suits you.",
    ball_height_label: "Height",
    ball_height_hint: "In centimetres (172) or in metres (1.72).",
    ball_submit: "Calculate",
    ball_result_size: "{size} cm",
    ball_result_text: "For a height of {height} cm, a {size} cm ball usually fits.",
    ball_result_near: "You are close to the switch to {other} cm. If you can, try both sizes: \
        the sitting check below decides.",
    ball_check_title: "Check it sitting down",
    ball_check_steps: [
        "Sit up straight on the pumped-up ball, feet flat on the floor.",
        "Your knees are bent at about 90 degrees, or a little more.",
        "Your hips are just a little higher than your knees.",
    ],
    ball_tip_title: "Tip",
    ball_tip_text: "Choose an anti-burst ball. If it gets a small hole, it slowly goes flat \
        instead of bursting. Pump it up firmly.",
    ball_source: "blog-oefeningen",
    ball_err_empty: "Enter your height, for example 172 or 1.72.",
    ball_err_too_long: "That is too much text. Type only your height, for example 172.",
    ball_err_not_a_number: "We cannot read that as a height. Type a number, such as 172 or \
        1.72.",
    ball_err_not_positive: "A height is more than 0. Type, for example, 172.",
    ball_err_too_short: "That is less than {min} cm. Is your height right? Type, for example, \
        172 or 1.72.",
    ball_err_too_tall: "That is more than {max} cm. Is your height right? Type, for example, \
        172 or 1.72.",
};

pub static PLAN: PlanTexts = PlanTexts {
    stretches: [
        StretchText {
            name: "Knee to chest",
            how: "Lie on your back with your knees bent. With your hands, slowly pull one knee \
                to your chest and hold for 30 seconds. Lower it slowly, then do the other leg.",
        },
        StretchText {
            name: "Pelvic tilt",
            how: "Make your back hollow. Then flatten it by pulling in your lower belly and \
                tightening your buttocks. You can do this lying, sitting, standing or on hands \
                and knees. Breathe in with the hollow back and out with the flat back.",
        },
        StretchText {
            name: "Lower-back twist",
            how: "Lie on your back with your knees bent. Let both knees slowly drop to the \
                left, then to the right. Your shoulders stay on the floor.",
        },
        StretchText {
            name: "Tummy muscles",
            how: "Lie on your back with your knees bent. Reach your fingers towards your knees \
                and hold it as long as you can. Relax for a minute and do it again.",
        },
        StretchText {
            name: "Back muscles",
            how: "Lie on your tummy with your arms and legs stretched out. Lift your arms and \
                legs a little and hold it as long as you can. Relax for a minute and do it \
                again.",
        },
    ],
    activity_text: "At an easy pace: you can still talk while you do it.",
    ball_exercises_tip: "New to the ball? Practise close to a wall or table, for balance.",
    exercise_steps: "How to do it",
    exercise_purpose: "Why",
    exercise_easier: "Easier",
    exercise_harder: "Harder",
    intake_progress: "Step {n} of {total}",
    intake_back: "Back",
    intake_next: "Next",
    intake_make: "Make my plan",
    safety_title: "A quick check first",
    safety_intro: "Three short questions about signs that mean a doctor should look at your \
        back first. Choose yes or no for each question.",
    safety_questions: [
        "Do you notice any of these right now?",
        "Do you have any of these complaints right now?",
        "Does any of this apply to you, now or in the past?",
    ],
    safety_unanswered: "Choose yes or no for each question.",
    stop_titles: [
        "Call your GP straight away",
        "Call your GP today",
        "Talk to your GP first",
    ],
    stop_texts: [
        "With these complaints, a doctor needs to see you as soon as possible. Do not wait. \
            Rugplan does not make an exercise plan now.",
        "With these complaints, it is wise for a doctor to see you today. Rugplan does not make \
            an exercise plan now.",
        "With these, it is wise for your GP to look at your back first. Have you already talked about \
            your back pain with your GP? Then you can go on.",
    ],
    stop_gp_confirm: "I have talked about this with my GP",
    stop_back: "Back to the questions",
    intake_err_weeks: "Choose how many weeks your plan lasts.",
    intake_err_activity: "Choose which activity you like best.",
    intake_err_ball: "Choose whether you have an exercise ball.",
    intake_err_day_count: "Choose how many days a week you want to exercise.",
    intake_err_duration: "Choose how long you have had complaints.",
    day_paused_title: "Your exercise plan is paused",
    day_paused_text: "On {date} you said you have a sign from Need help?. That is why there \
        are no exercises here now.",
    day_paused_resume: "It has been checked: show my exercises again",

    duration_title: "Your complaints",
    duration_question: "How long have you had back trouble?",
    duration_options: [
        "Less than 6 weeks",
        "6 to 12 weeks",
        "More than 12 weeks",
        "It keeps coming back",
    ],
    advice_question: "Do you recognise any of these?",
    advice_hint: "Optional. Do you recognise something? Then you still get a plan, with advice \
        added.",
    advice_options: [
        "Pain that spreads into one leg, or tingling, numbness or less strength in that leg",
        "Still clear complaints after 1 to 3 weeks, or moving is getting harder",
        "Complaints that last longer than 6 weeks or keep coming back",
        "Unsure about exercising or building up, or extra demands from work, sport or an \
            operation",
        "Back pain that started before you were 45, with a stiff back for more than an hour \
            in the morning that loosens up when you move, or pain mostly in the second half of \
            the night",
    ],
    days_title: "When do you exercise?",
    days_count_question: "How many days a week?",
    days_count_option: "{n} days",
    days_question: "Which days?",
    days_wrong_count: "Choose exactly {n} days.",
    ball_activity_title: "Ball and activity",
    ball_question: "Do you have an exercise ball?",
    yes: "Yes",
    no: "No",
    ball_size_link: "Which size of ball suits me?",
    activity_question: "Which kind of activity do you enjoy?",
    start_title: "Start",
    start_question: "When do you start?",
    start_invalid: "Choose a date.",
    weeks_question: "How many weeks?",
    weeks_option: "{n} weeks",
    plan_why_title: "Why like this?",
    plan_why_early: "Your complaints are still fairly new. So you start with the gentlest version: a small hip lift for the bridge, shorter knee rocking and 20 minutes of activity. First you build up your daily activity and easy movement. Then the strength exercises get harder step by step.",
    plan_why_long: "Your complaints have lasted a while or keep coming back. So you build up step by step from the start, the strength exercises too.",
    plan_rule: "Each week, one thing changes. You build up by the schedule, not by the pain: \
        getting tired or a bit of stiffness is fine.",
    plan_advice_title: "Get it checked as well",
    plan_advice_text: "You said you recognise one of these. Make an appointment with your GP or \
        physiotherapist, and show them this plan too.",
    plan_week: "Week {n}",
    plan_week_dates: "{start} – {end}",
    plan_this_week: "this week",
    plan_step_back_from: "From {date}, a step back. {change}",
    plan_from_date: "From {date}:",
    plan_follow_on: "Build on this plan",
    plan_follow_on_text: "A new plan that starts where you are now: the same days, exercises and repetitions. Your diary and ticks are kept.",
    plan_follow_on_title: "Keep building",
    plan_earlier_title: "Earlier plan: {start} to {end}",
    plan_variants: "Harder variants in this plan: {list}.",
    plan_variant_in_week: "{name}: {variant} (week {n})",
    plan_variants_later: "In this plan the variants stay as they are. If you build on it, harder ones follow.",
    plan_edit: "Change plan",
    plan_none: "You do not have a plan yet. Answer a few short questions and you get a dated \
        exercise plan.",
    plan_make: "Make a plan",
    plan_extras_title: "Extra exercises (optional)",
    plan_extras_text: "Nice to do in between, for example when you feel stiff. They are not part of the build-up.",
    plan_extras_stretch: "Stretch and loosen",
    plan_extras_hold: "Hold the belly and back muscles",
    plan_session_done: "done",
    plan_session_progress: "{done} of {total}",
    plan_progress_week: "This week: {done} of {total} training days done.",
    plan_progress_total: "Whole plan: {done} of {total}.",
    plan_day_with_activity: "with {activity}",
    plan_week_days: "Training days",
    share_title: "Share this plan",
    share_text: "With this link, someone gets the same plan on another phone. Nothing about \
        your complaints or what you ticked off goes with it; whoever opens the link answers \
        the questions of 'A quick check first' themselves.",
    share_copy: "Copy link",
    share_copied: "Link copied.",
    share_link_label: "Link to this plan",
    day_rest: "Today is a rest day. Do keep moving: go for a short walk and change position \
        often.",
    day_next: "Next exercise day: {date}.",
    day_not_started: "Your plan starts on {date}.",
    day_plan_over: "Your plan is finished. Make a new plan to keep building up.",
    day_week: "Week {n}",
    day_all_done: "All done for today.",
    day_all_done_next: "All done. Tomorrow, note in your diary how your back feels. That shows whether it was not too much.",
    day_tick_later: "You can tick these off on the day itself.",
    day_mark_all: "Tick off everything",
    day_done_label: "Done",
    during_rule: "Getting tired is fine. Sharp pain? Then stop or do the easier version.",
    timer_start: "Start",
    timer_pause: "Pause",
    timer_resume: "Resume",
    timer_reset: "Reset",
    timer_done: "Done!",
    timer_label: "{time} left",
    log_prompt_before: "How does your back feel now, before exercising? Make a quick note.",
    log_prompt_next_day: "Yesterday was a training day. How does your back feel today?",
    log_prompt_check_now: "It is now more than 24 hours since your note from before exercising. How does your back feel now? Make a note.",
    log_prompt_check_later: "Your back felt worse, but it was not yet 24 hours after exercising. Check again {when} how your back feels, and make a note then.",

    plan_print: "Print",
    plan_week_exercises: "Exercises and doses this week",
    plan_print_hint: "Print your whole plan on A4, for the fridge or for your physiotherapist.",

    ics_title: "Add to your calendar",
    ics_text: "Download a calendar file with your training days: your phone's calendar \
        reminds you, and nothing is sent anywhere. If you change your plan, download it again; \
        the events are then updated, not doubled.",
    ics_all_day: "All day",
    ics_timed: "At a set time",
    ics_time_label: "Time",
    ics_download: "Download calendar file (.ics)",
    ics_err_time: "Enter a time as hh:mm, for example 08:30.",
    ics_done: "Open the downloaded file to add your training days to your calendar.",
    ics_event_summary: "Rugplan: exercises",
    ics_event_summary_activity: "Rugplan: exercises and {activity} {minutes} min",
    ics_event_week: "Week {n} of your plan",
    ics_reminder: "Time for your back exercises",
    figure_exercises: [
        &["Drawing: you lie on your back with your knees up. Your knees rock a little to the left and to the right."],
        &["Drawing: you sit on a chair. Your upper body tilts a little to the left and to the right."],
        &[
            "Drawing: you lie on your back with your knees bent. You lift your pelvis a little and lower it again.",
            "Drawing: you lie on your back with your knees bent. You lift your pelvis until shoulders, hips and knees are in one line, and lower it again.",
            "Drawing: you lie on your back with your feet on a low step. You lift your pelvis and lower it again.",
        ],
        &[
            "Drawing: you are on your hands and knees. You reach your right arm forward and hold, then your left arm.",
            "Drawing: you are on your hands and knees. You stretch out your right arm and left leg and hold, then your left arm and right leg.",
        ],
        &["Drawing: you sit on the ball. Your pelvis shifts a little to the left and to the right."],
        &["Drawing: you sit on the ball, seen from the side. Your lower back rounds a little, then arches a little."],
        &[
            "Drawing: you kneel in front of the ball and lean on it with your forearms. Your knees are close to the ball. You keep your body still.",
            "Drawing: you kneel with your knees further back and lean on the ball with your forearms. Knees, hips and shoulders in one line. You keep your body still.",
        ],
        &[
            "Drawing: you stand with the ball between your lower back and the wall. You bend your knees a little and come back up.",
            "Drawing: you stand with the ball between your lower back and the wall. You bend your knees further, about halfway, and come back up.",
        ],
    ],
    figure_stretches: [
        "Drawing: you lie on your back. You pull your right knee to your chest and hold.",
        "Drawing: you are on your hands and knees. Your back arches, then rounds.",
        "Drawing: you lie on your back, seen from your feet. Your knees drop together to the left and to the right.",
        "Drawing: you lie on your back with your knees bent. You lift your head and shoulders and reach for your knees.",
        "Drawing: you lie on your stomach. You lift your arms and legs a little and hold.",
    ],
    figure_activity: "Drawing: a person walking.",
    guided_start: "Exercise along with the app",
    guided_title: "Guided session",
    guided_step: "Exercise {n} of {total}",
    guided_set: "Set {n} of {total}",
    guided_rep: "Repetition {n} of {total}",
    guided_rep_side: "Repetition {n} of {total}, left and right",
    guided_key_step: "Watch out for",
    guided_pace_start: "Start counting",
    guided_pace_pause: "Pause",
    guided_set_done: "This set is done.",
    guided_rest: "Rest",
    guided_rest_length: "Rest between sets: {time}",
    guided_rest_shorter: "Shorter rest",
    guided_rest_longer: "Longer rest",
    guided_rest_skip: "Go on without rest",
    guided_exercise_done: "Done with this exercise",
    guided_back: "Back",
    guided_next: "Next",
    guided_skip: "Skip",
    guided_done_title: "Done for today",
    guided_done_text: "You have done all of today's exercises. How does your back feel now? Write it down, so you can see later how it goes.",
    guided_diary_link: "Note how your back feels",
    guided_no_session: "There are no exercises on your plan today.",
};

pub static DIARY: DiaryTexts = DiaryTexts {
    log_title: "How is your back?",
    log_lead: "On exercise days, note how your back feels before you exercise, and once more \
        the day after. That way you see how it is going, and you can set your plan back a \
        step if it was too much.",
    log_new: "New note",
    log_edit: "Change note",
    log_date: "Date",
    log_moment: "When is this?",
    log_moments: [
        "Before exercising",
        "The day after exercising",
        "Another time",
    ],
    log_compared: "Compared with before exercising, it is",
    log_compared_earlier: "Before exercising on {date} you gave a {score}.",
    log_err_compared: "Choose whether it is better, the same or worse than before exercising.",
    log_compared_options: ["better", "the same", "worse"],
    log_score: "How much pain do you have now?",
    log_score_hint: "0 = no pain, 10 = the worst pain you can imagine.",
    log_stiff: "My back feels stiff",
    log_during: "How did exercising go?",
    log_during_options: ["Fine", "Tiring", "Sharp pain"],
    log_which_exercise: "With which exercise?",
    log_exercise_unknown: "I don't know",
    log_note: "Note (optional)",
    log_note_count: "{n} of {max} characters",
    log_save: "Save",
    log_cancel: "Cancel",
    log_saved: "Saved.",
    log_err_score: "Choose a pain score from 0 to 10.",
    log_err_future: "That date is in the future. Choose today or an earlier day.",
    log_err_note: "The note is too long: {n} characters, {max} fit.",
    log_err_date: "Choose a date.",
    log_history: "Over time",
    log_ranges: ["7 days", "30 days", "90 days", "All"],
    log_range_label: "Period",
    log_chart_title: "Pain scores from {from} to {to}",
    log_chart_desc: "Line: pain score per note (0 to 10). Marks at the bottom: exercise days. \
        Dotted line: a step back in your plan.",
    log_chart_empty: "No notes in this period yet.",
    log_table: "Show as a table",
    log_col_date: "Date",
    log_col_score: "Pain",
    log_col_moment: "When",
    log_col_stiff: "Stiff",
    log_col_during: "Exercising",
    log_col_exercise: "Exercise",
    log_col_note: "Note",
    log_col_time: "Time",
    log_entries: "Your notes",
    log_none: "No notes yet.",
    log_more: "Show more",
    log_change: "Change",
    log_delete: "Delete",
    log_deleted: "Note deleted.",
    log_undo: "Undo",
    log_export_csv: "Download as CSV",
    log_summary_link: "Summary for your physiotherapist",
    log_legend_training: "exercise day",
    log_legend_step_back: "step back",

    finding_step_back_title: "A step back?",
    finding_step_back_text: "After exercising on {session}, your back felt worse a day later \
        (pain {before} before, {after} after).",
    finding_step_back_rule: "Some stiffness until the next day is normal. If it stays worse for \
        more than a day, it is wise to take a step back: the last increase is undone and you \
        stay at that level for a week. You decide.",
    finding_accept: "Take a step back",
    finding_decline: "Not now",
    finding_accepted: "Your plan has gone back one step, from {date}. {change}",
    finding_accepted_after_end: "This was the last training day of your plan. If you build on it, your new plan starts one step lighter.",
    finding_check_again: "Your back feels worse than before exercising. It is not yet 24 hours later, so it is too early to tell whether a step back is needed. Check again {when} how your back feels, and note it here then.",
    finding_check_now: "It is now more than 24 hours since your note from before exercising. How does your back feel now? Note it below, under ‘The day after exercising’.",
    finding_sharp_title: "Sharp pain while exercising",
    finding_sharp_text: "Stop an exercise that gives sharp pain, or do the easier version next \
        time. Getting tired is fine; stabbing pain or cramp is not.",
    finding_sharp_easier: "{name}, easier: {easier}",
    finding_professional_title: "Have your back checked",
    finding_professional_text: "You have had complaints for a while. Make an appointment with \
        your GP or physiotherapist; feel free to take this diary with you.",
    finding_understood: "Got it",
    yes_word: "yes",
    summary_print: "Print",
    summary_period: "{n} notes from {from} to {to}.",
    summary_plan: "Exercise plan",
    summary_no_plan: "No exercise plan.",
    summary_weeks: "Pain per week",
    summary_col_week: "Week of",
    summary_col_avg: "Average",
    summary_col_range: "Lowest – highest",
    summary_col_count: "Notes",
    summary_step_backs: "Steps back in the plan",
    summary_sharp: "Sharp pain while exercising",
    summary_notes: "Notes",
    summary_none: "None.",
    summary_disclaimer: "Made with Rugplan. Rugplan does not diagnose; this summary is what the \
        user noted down themselves.",
};

pub static INFO: InfoTexts = InfoTexts {
    privacy_points: [
        "Everything you enter (your plan, what you tick off, your diary and your height) stays \
            in this browser's storage, on this device.",
        "Rugplan sends nothing to a server. There is no account, no tracking and there are no \
            cookies.",
        "Anyone who uses this phone can see your data. You can delete it below.",
        "Your browser may delete stored data by itself, for example when storage is full or \
            when you have not opened the site for a long time.",
    ],
    delete_title: "Delete everything",
    delete_button: "Delete all my data",
    delete_confirm: "Are you sure? Your plan, what you ticked off, your diary and your height \
        will be deleted from this device. This cannot be undone.",
    delete_yes: "Yes, delete everything",
    delete_no: "Cancel",
    delete_failed: "Deleting did not work: your browser does not give access to its storage.",
    aside_title: "Data kept aside",
    aside_text: "This data could not be read and has been kept aside, exactly as it was. \
        Download it if you want to keep it or show it to someone.",
    aside_download: "Download {name}",
    persist_yes: "Your browser has agreed to keep your data.",
    persist_no:
        "Your browser has not promised to always keep your data. So make a backup now and then.",

    edu_title: "Good to know",
    edu_intro: "Short facts from leaflets and articles about low back pain, each with its source.",
    edu_cards: [
        EduCard {
            title: "Back pain is usually not serious",
            text: "Low back pain is common. In about 90 to 95 out of 100 people there is no \
                damage or serious disease. So pain does not automatically mean something is \
                broken.",
            source: "praktijk",
        },
        EduCard {
            title: "Often less within a few weeks",
            text: "In 60 to 90 out of 100 people, the complaints fade within a few weeks.",
            source: "praktijk",
        },
        EduCard {
            title: "Keep moving",
            text: "Stay active and pick up your usual activities again step by step. Staying in \
                bed or stopping everything actually makes recovery slower.",
            source: "leaflet-beweging, praktijk, mumc-folder, blog-beweging",
        },
        EduCard {
            title: "Move in a relaxed way",
            text: "Move calmly and with confidence. Moving very carefully makes your muscles \
                tense up.",
            source: "leaflet-beweging",
        },
        EduCard {
            title: "Muscle soreness is usually not damage",
            text: "Sore muscles after exercise usually mean your body is getting used to the \
                movement, and not that something is damaged.",
            source: "leaflet-beweging",
        },
        EduCard {
            title: "How much you move matters most",
            text: "How much you move matters more than how. Special core exercises are no better \
                than other exercise, so choose what you enjoy: walking, running, cycling, \
                swimming, strength or fitness training. Try to move for at least 30 minutes \
                every day.",
            source: "leaflet-beweging",
        },
        EduCard {
            title: "Build up by plan, not by pain",
            text: "Build up your activity by a set schedule, for example a little longer each \
                week, not by how much pain you feel. Your plan in Rugplan works the same way: \
                one small step each week.",
            source: "praktijk",
        },
        EduCard {
            title: "A healthy routine helps",
            text: "Sleep enough, try to reduce stress, eat at regular times, do not smoke and aim \
                for a healthy weight. Change position often and do not sit or stand still for \
                long.",
            source: "praktijk, blog-beweging, mumc-folder",
        },
        EduCard {
            title: "Warmth",
            text: "Some people like to keep their lower back warm and change into dry clothes \
                soon after sport or heavy work. Warmth may help your muscles relax.",
            source: "mumc-folder, blog-beweging",
        },
        EduCard {
            title: "Back to work",
            text: "Go back to work step by step. Think of shorter days, extra breaks or lighter \
                tasks for a while.",
            source: "praktijk",
        },
        EduCard {
            title: "New or long-lasting pain",
            text: "New and long-lasting back pain need different things. Early on, gentle, easy \
                movements help, and you avoid heavy lifting for the first few days. With \
                long-lasting pain, training that slowly gets harder helps, with attention to \
                fear of moving.",
            source: "blog-beweging",
        },
        EduCard {
            title: "What exercise gives you",
            text: "On average, exercise gives a small to moderate gain: a bit less pain and you \
                can do more. Doing it regularly and building up well matter more than which \
                exercise you choose. Do not expect miracles from it.",
            source: "blog-oefeningen",
        },
    ],
    backup_title: "Backup",
    backup_text:
        "Download all your data in one file and keep it where only you can get at it. It contains \
        your diary, so only share it with people you trust.",
    backup_download: "Download backup",
    backup_done: "The backup was downloaded as {name}. You will find it in your downloads.",
    restore_title: "Restore a backup",
    restore_label: "Choose a backup file",
    restore_hint: "A .json file that you downloaded from Rugplan before.",
    restore_preview_title: "What is in this backup",
    restore_preview_exported: "Made on {date}.",
    restore_preview_plan: "An exercise plan starting {date}.",
    restore_preview_no_plan: "No exercise plan.",
    restore_preview_entries: "{n} diary notes from {from} to {to}.",
    restore_preview_no_entries: "No diary notes.",
    restore_preview_ticks: "Ticked off on {n} days.",
    restore_preview_ticks_one: "Ticked off on 1 day.",
    restore_preview_height: "Height: {n} cm.",
    restore_current_title: "What is on this device now (will be replaced)",
    restore_warning: "This replaces your current data on this device. You can still undo it \
        afterwards.",
    restore_confirm: "Restore this backup",
    restore_err_big: "This file is too large to be a Rugplan backup.",
    restore_err_json: "Rugplan cannot read this file.",
    restore_err_not: "This is not a Rugplan backup.",
    restore_err_newer: "This backup comes from a newer version of Rugplan. Update the app \
        first.",
    restore_err_record: "Part of this backup is damaged. Nothing has been changed.",
    restore_err_failed: "Restoring did not work. Your data has not been changed.",
};

pub static COMMON: CommonTexts = CommonTexts {
    weekdays_short: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    weekdays_long: [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    months_short: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    date_short: "{weekday} {day} {month}",
    date_long: "{weekday} {day} {month} {year}",
    moment_today: "today from {time}",
    moment_tomorrow: "tomorrow from {time}",
    moment_on: "from {date}, {time}",
    source_names: [
        "leaflet ‘Bewegen en lage rugpijn’ (Moving and low back pain)",
        "website of a physiotherapy practice",
        "low back pain leaflet of the orthopaedics department, Maastricht UMC+",
        "blog ‘Rugpijn? Bewegen is de sleutel’ (Back pain? Moving is the key)",
        "blog ‘Lage rugpijn: welke oefeningen moet ik doen?’ (Low back pain: which exercises should I do?) by physiotherapist Mike Willems",
    ],
    dose_sets: "{sets} × {amount}",
    dose_reps: "{reps}",
    dose_reps_side: "{reps} per side",
    time_seconds: "{s} s",
    time_minutes: "{m} min",
    time_minutes_seconds: "{m} min {s} s",
    dose_activity: "{minutes} min of {activity}",
    decimal_separator: ".",
    list_separator: "; ",

    exercises: [
        ExerciseText {
            name: "Knee rocking on your back",
            steps: &[
                "Breathe in and out calmly.",
                "Let your knees rock a little to the left and to the right. Your lower back \
                    moves gently with them.",
                "Take turns with small tilts of your pelvis, in time with your breathing.",
            ],
            purpose: "Letting go of muscle tension and getting confidence in moving again.",
            easier: "Make the movement even smaller, or just lie still and breathe calmly.",
            harder: "Rock a little further, as long as it stays comfortable.",
            levels: &["knee rocking"],
        },
        ExerciseText {
            name: "Small movements on a chair",
            steps: &[
                "Sit up straight on a firm chair, with a small hollow in your lower back.",
                "Tilt your upper body a tiny bit to the left and to the right.",
                "Keep breathing. Keep your neck and shoulders relaxed.",
            ],
            purpose: "Trains the deep trunk muscles in a position you use every day.",
            easier: "Make the movement smaller and rest your hands on your thighs.",
            harder: "Keep it up for longer, up to a minute at a time.",
            levels: &["on a chair"],
        },
        ExerciseText {
            name: "Bridge",
            steps: &[
                "Gently draw your ribs down.",
                "Lift your pelvis until your shoulders, hips and knees are in one line.",
                "Take 2 seconds to come up, hold for 2 and take 2 to come down again.",
            ],
            purpose: "Stronger buttock muscles and more control over your pelvis.",
            easier: "Lift your pelvis only a little way.",
            harder: "Put your feet on a low step, or do it on one leg.",
            levels: &["small hip lift", "full bridge", "feet on a low step"],
        },
        ExerciseText {
            name: "Bird-dog",
            steps: &[
                "Keep your back straight, not hollow and not rounded.",
                "Stretch out one arm or one leg and hold it for 3 seconds.",
                "Keep your trunk still and change sides.",
            ],
            purpose: "Better coordination and a steady trunk when you bend, lift and turn.",
            easier: "Slide your hand or knee only a little way forwards or backwards.",
            harder: "Stretch out one arm and the opposite leg at the same time.",
            levels: &["arm or leg", "arm and opposite leg together"],
        },
        ExerciseText {
            name: "Rocking and circles on the ball",
            steps: &[
                "Sit in the middle of the ball, feet firmly on the floor.",
                "Rock your knees a little to the left and to the right. Keep breathing calmly.",
                "Then make small circles with your hips, one way and then the other.",
            ],
            purpose: "Moving your lower back and hips easily, and letting go of tension.",
            easier: "Rest your hands lightly on a table or kitchen worktop.",
            harder: "Make the circles a little bigger, as long as you stay relaxed.",
            levels: &["on the ball"],
        },
        ExerciseText {
            name: "Pelvic tilt on the ball",
            steps: &[
                "Make your lower back a little round, then a little hollow, in turn.",
                "Come back to the middle each time. Small, smooth, breathing calmly.",
            ],
            purpose: "Control over your pelvis and lower back, without locking up.",
            easier: "Make the movement smaller and hold on to a table.",
            harder: "Keep it up for longer, up to a minute at a time.",
            levels: &["on the ball"],
        },
        ExerciseText {
            name: "Half plank with the ball",
            steps: &[
                "Make yourself long and gently draw your ribs down.",
                "Keep your trunk still while the ball moves a little. Keep breathing.",
            ],
            purpose: "Training a steady trunk without hard tensing.",
            easier: "Put your knees closer to the ball.",
            harder: "Move your knees further back.",
            levels: &["knees close to the ball", "knees further back"],
        },
        ExerciseText {
            name: "Wall squat with the ball",
            steps: &[
                "Put the ball between your lower back and the wall.",
                "Place your feet 30 to 50 cm forwards.",
                "Bend your knees calmly a little way and come back up. Left and right evenly.",
            ],
            purpose: "Controlled bending at the hips and knees, as when you stand up or climb \
                stairs.",
            easier: "Do not go down as far.",
            harder: "Go a little deeper, up to halfway, as long as it stays comfortable.",
            levels: &["quarter squat", "deeper, up to halfway"],
        },
    ],
    activity_names: [
        "Walking",
        "Cycling",
        "Swimming",
        "Jogging",
        "Something else",
    ],
    activity_verbs: ["walking", "cycling", "swimming", "jogging", "activity"],

    change_start: "Starting week: begin gently with the basics.",
    change_hold: "Nothing changes this week: you stay at this level.",
    change_reps: "{name}: from {from} to {to} repetitions per set.",
    change_seconds: "{name}: from {from} to {to} seconds.",
    change_sets: "{name}: from {from} to {to} sets.",
    change_level: "{name}: from {from} to {to}, {dose}.",
    change_minutes: "{name}: from {from} to {to} minutes each time.",
    change_step_back: "A step back. {change}",
    change_step_back_lightest: "Everything is already at its lightest. Do what you can without your back getting worse, and talk to your GP or physiotherapist.",
};
