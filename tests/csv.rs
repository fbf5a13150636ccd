//! CSV cells are quoted, quotes doubled, and formula starts defused.

use rugplan::domain::csv::{cell, row};

#[test]
fn cells_are_quoted_and_formulas_defused() {
    assert_eq!(cell("gewoon"), "\"gewoon\"");
    assert_eq!(cell("zei \"prima\""), "\"zei \"\"prima\"\"\"");
    assert_eq!(cell("a;b\r\nc"), "\"a;b\r\nc\"");
    for risky in ["=1+1", "+31", "-2", "@SUM(A1)", "\tx", "\rx"] {
        assert!(cell(risky).starts_with("\"'"), "{risky:?}");
    }
    assert_eq!(cell(""), "\"\"");
    assert_eq!(row(["a", "=b"]), "\"a\";\"'=b\"");
}
