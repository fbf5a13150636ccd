//! CSV cells that are safe to open in a spreadsheet: every cell quoted (quotes doubled), and
//! a cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, carriage
//! return at the start) gets a leading apostrophe, so a note like `=HYPERLINK(…)` stays text.
//! Separator `;`, as Dutch spreadsheet programs expect.

pub const SEPARATOR: char = ';';

pub fn cell(text: &str) -> String {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let mut out = String::with_capacity(text.len() + 3);
    out.push('"');
    if risky {
        out.push('\'');
    }
    for c in text.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// One CSV line (without the line break).
pub fn row<'a>(cells: impl IntoIterator<Item = &'a str>) -> String {
    cells
        .into_iter()
        .map(cell)
        .collect::<Vec<_>>()
        .join(&SEPARATOR.to_string())
}
