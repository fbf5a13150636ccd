//! A small JSON module for the storage layer: a [`Value`], a strict parser with depth and
//! size limits that never panics, and a compact (and a pretty) serializer.
//!
//! Its contract, on which every stored byte depends:
//!
//! - **Writing** is compact (no whitespace), objects in the order they were built (records
//!   build theirs sorted by key). Strings escape `"`, `\` and control characters (`\n`,
//!   `\t`, `\u001f`, …) and write everything else as UTF-8. A [`Value::Float`] is written as
//!   the literal it was read as.
//! - **Reading** accepts RFC 8259 JSON and nothing else: `NaN`, `Infinity`, leading zeros,
//!   `+1`, `.5`, `1.`, trailing commas, comments and trailing text are errors; whitespace is
//!   space, tab, CR and LF; in a string, an unescaped control character, a lone surrogate
//!   escape (`\uD83D` without its pair) or invalid hex is an error. Input over [`MAX_LEN`]
//!   or nested deeper than [`MAX_DEPTH`] is an error, never a panic or a stack overflow.
//! - **Objects** are kept sorted by key once parsed, a later duplicate key replacing the
//!   earlier one, so a record read and written again keeps its text.
//! - **Numbers**: an integer that fits `i64` is [`Value::Int`]; any other number (with a
//!   fraction or an exponent, `-0`, beyond `i64`) is a [`Value::Float`] kept as its literal:
//!   the app never stores one, it only carries it through (a backup, a field from a newer
//!   version).
//! - **Fields** of a record ([`Fields`]): unknown fields are ignored, a missing field is an
//!   error unless it has a default, `null` is `None` for an optional field and an error for
//!   any other, integers must be whole and in range.
//!
//! `tests/reference.rs` holds the output and the verdicts on damaged inputs to results
//! recorded when the format was first released; `tests/json.rs` compares the parser with a
//! reference parser on damaged inputs.

use std::fmt::Write as _;
use std::ops::Index;

/// Deeper nesting is an error: records nest a few levels, and the limit keeps the parser's
/// recursion far from the stack's end. Released data was judged with this limit.
pub const MAX_DEPTH: usize = 128;
/// Longer input is refused before parsing. localStorage holds a few MB per origin at most.
pub const MAX_LEN: usize = 32 << 20;

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    /// Any number that is not an `i64`, as written (always valid JSON number syntax).
    Float(String),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

static NULL: Value = Value::Null;

impl Value {
    /// The value under `key` in an object (the last one, if built with duplicates).
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(fields) => fields.iter().rev().find(|(k, _)| k == key).map(|f| &f.1),
            _ => None,
        }
    }

    /// Sets `key` in an object (replacing its value, or appending it). Returns false, and
    /// changes nothing, when `self` is not an object.
    pub fn set(&mut self, key: &str, value: Value) -> bool {
        let Value::Object(fields) = self else {
            return false;
        };
        match fields.iter_mut().rev().find(|(k, _)| k == key) {
            Some(field) => field.1 = value,
            None => fields.push((key.to_owned(), value)),
        }
        true
    }

    /// Removes `key` from an object, returning its value.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let Value::Object(fields) = self else {
            return None;
        };
        let at = fields.iter().rposition(|(k, _)| k == key)?;
        Some(fields.remove(at).1)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Int(n) => Some(*n),
            _ => None,
        }
    }

    /// A non-negative integer. (`u64` values above `i64::MAX` are never needed and read as
    /// [`Value::Float`].)
    pub fn as_u64(&self) -> Option<u64> {
        self.as_i64().and_then(|n| u64::try_from(n).ok())
    }

    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&[(String, Value)]> {
        match self {
            Value::Object(fields) => Some(fields),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// Pretty-printed: one member per line, two-space indents, `": "` after a key.
    pub fn to_pretty(&self) -> String {
        let mut out = String::new();
        write_value(&mut out, self, Some(0));
        out
    }
}

/// Compact JSON text.
impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut out = String::new();
        write_value(&mut out, self, None);
        f.write_str(&out)
    }
}

/// `value["key"]`: `Null` when absent or when `value` is not an object.
impl Index<&str> for Value {
    type Output = Value;
    fn index(&self, key: &str) -> &Value {
        self.get(key).unwrap_or(&NULL)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::String(s.to_owned())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::String(s)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Self {
        Value::Int(n)
    }
}

impl From<u8> for Value {
    fn from(n: u8) -> Self {
        Value::Int(n.into())
    }
}

impl From<u16> for Value {
    fn from(n: u16) -> Self {
        Value::Int(n.into())
    }
}

impl From<u32> for Value {
    fn from(n: u32) -> Self {
        Value::Int(n.into())
    }
}

impl From<Vec<Value>> for Value {
    fn from(items: Vec<Value>) -> Self {
        Value::Array(items)
    }
}

impl From<Option<Value>> for Value {
    fn from(value: Option<Value>) -> Self {
        value.unwrap_or(Value::Null)
    }
}

/// Why a text is not JSON: what was wrong and the byte offset where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub what: &'static str,
    pub at: usize,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at byte {}", self.what, self.at)
    }
}

/// Parses one JSON value, with optional whitespace around it and nothing else.
pub fn parse(text: &str) -> Result<Value, Error> {
    if text.len() > MAX_LEN {
        return Err(Error {
            what: "too long",
            at: MAX_LEN,
        });
    }
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
        depth: 0,
    };
    let value = parser.value()?;
    parser.skip_space();
    if parser.at < parser.bytes.len() {
        return Err(parser.error("trailing characters"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    depth: usize,
}

impl Parser<'_> {
    fn error(&self, what: &'static str) -> Error {
        Error { what, at: self.at }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    /// Consumes `word` (after its first byte was seen).
    fn literal(&mut self, word: &str, value: Value) -> Result<Value, Error> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn value(&mut self) -> Result<Value, Error> {
        self.skip_space();
        match self.peek() {
            None => Err(self.error("unexpected end")),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[') => self.nested(Self::array),
            Some(b'{') => self.nested(Self::object),
            Some(_) => Err(self.error("expected a value")),
        }
    }

    fn nested(&mut self, inner: fn(&mut Self) -> Result<Value, Error>) -> Result<Value, Error> {
        self.depth += 1;
        if self.depth >= MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.at += 1;
        let value = inner(self)?;
        self.depth -= 1;
        Ok(value)
    }

    /// After `[`.
    fn array(&mut self) -> Result<Value, Error> {
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value()?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.error("expected , or ]")),
            }
        }
    }

    /// After `{`. Sorted by key, a later duplicate replacing an earlier one.
    fn object(&mut self) -> Result<Value, Error> {
        let mut fields: Vec<(String, Value)> = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Value::Object(fields));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a key"));
            }
            let key = self.string()?;
            self.skip_space();
            if self.peek() != Some(b':') {
                return Err(self.error("expected :"));
            }
            self.at += 1;
            let value = self.value()?;
            fields.push((key, value));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    break;
                }
                _ => return Err(self.error("expected , or }")),
            }
        }
        // Stable: equal keys stay in input order, so keeping the last of each run keeps the
        // last duplicate.
        fields.sort_by(|a, b| a.0.cmp(&b.0));
        let mut sorted: Vec<(String, Value)> = Vec::with_capacity(fields.len());
        for field in fields {
            match sorted.last_mut() {
                Some(last) if last.0 == field.0 => *last = field,
                _ => sorted.push(field),
            }
        }
        Ok(Value::Object(sorted))
    }

    /// At `"`.
    fn string(&mut self) -> Result<String, Error> {
        self.at += 1;
        let mut out = String::new();
        let mut run = self.at;
        loop {
            let Some(b) = self.peek() else {
                return Err(self.error("unterminated string"));
            };
            match b {
                b'"' | b'\\' => {
                    // Both ends are ASCII bytes, so this slice is on char boundaries.
                    out.push_str(self.text.get(run..self.at).unwrap_or_default());
                    self.at += 1;
                    if b == b'"' {
                        return Ok(out);
                    }
                    self.escape(&mut out)?;
                    run = self.at;
                }
                0..=0x1f => return Err(self.error("control character in string")),
                _ => self.at += 1,
            }
        }
    }

    /// After a backslash.
    fn escape(&mut self, out: &mut String) -> Result<(), Error> {
        let Some(b) = self.peek() else {
            return Err(self.error("unterminated string"));
        };
        self.at += 1;
        let c = match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                let code = match first {
                    0xd800..=0xdbff => {
                        if !self.bytes[self.at..].starts_with(b"\\u") {
                            return Err(self.error("lone surrogate"));
                        }
                        self.at += 2;
                        let second = self.hex4()?;
                        if !(0xdc00..=0xdfff).contains(&second) {
                            return Err(self.error("lone surrogate"));
                        }
                        0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00)
                    }
                    0xdc00..=0xdfff => return Err(self.error("lone surrogate")),
                    _ => first,
                };
                char::from_u32(code).ok_or_else(|| self.error("invalid escape"))?
            }
            _ => return Err(self.error("invalid escape")),
        };
        out.push(c);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self
                .peek()
                .and_then(|b| (b as char).to_digit(16))
                .ok_or_else(|| self.error("invalid \\u escape"))?;
            code = code * 16 + digit;
            self.at += 1;
        }
        Ok(code)
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while let Some(b'0'..=b'9') = self.peek() {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Result<Value, Error> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        let int_start = self.at;
        match self.digits() {
            0 => return Err(self.error("invalid number")),
            n if n > 1 && self.bytes[int_start] == b'0' => {
                return Err(Error {
                    what: "leading zero",
                    at: int_start,
                })
            }
            _ => {}
        }
        let mut integer = true;
        if self.peek() == Some(b'.') {
            integer = false;
            self.at += 1;
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            integer = false;
            self.at += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
        }
        let literal = self.text.get(start..self.at).unwrap_or_default();
        if integer && literal != "-0" {
            if let Ok(n) = literal.parse::<i64>() {
                return Ok(Value::Int(n));
            }
        }
        Ok(Value::Float(literal.to_owned()))
    }
}

fn write_value(out: &mut String, value: &Value, indent: Option<usize>) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Int(n) => {
            let _ = write!(out, "{n}");
        }
        Value::Float(literal) => out.push_str(literal),
        Value::String(s) => write_string(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                separator(out, i, indent);
                write_value(out, item, indent.map(|n| n + 1));
            }
            close(out, items.is_empty(), indent, ']');
        }
        Value::Object(fields) => {
            out.push('{');
            for (i, (key, item)) in fields.iter().enumerate() {
                separator(out, i, indent);
                write_string(out, key);
                out.push_str(if indent.is_some() { ": " } else { ":" });
                write_value(out, item, indent.map(|n| n + 1));
            }
            close(out, fields.is_empty(), indent, '}');
        }
    }
}

fn separator(out: &mut String, index: usize, indent: Option<usize>) {
    if index > 0 {
        out.push(',');
    }
    if let Some(level) = indent {
        newline(out, level + 1);
    }
}

fn close(out: &mut String, empty: bool, indent: Option<usize>, bracket: char) {
    if let (Some(level), false) = (indent, empty) {
        newline(out, level);
    }
    out.push(bracket);
}

fn newline(out: &mut String, level: usize) {
    out.push('\n');
    for _ in 0..level {
        out.push_str("  ");
    }
}

/// A JSON string literal: `"` and `\` escaped, control characters as `\n`-style short
/// escapes or `\u00XX` (lowercase hex), everything else as is.
pub fn write_string(out: &mut String, s: &str) {
    out.push('"');
    let mut run = 0;
    for (i, b) in s.bytes().enumerate() {
        let short = match b {
            b'"' => '"',
            b'\\' => '\\',
            0x08 => 'b',
            0x0c => 'f',
            b'\n' => 'n',
            b'\r' => 'r',
            b'\t' => 't',
            0..=0x1f => 'u',
            _ => continue,
        };
        // `i` is an ASCII byte, so both slices are on char boundaries.
        out.push_str(s.get(run..i).unwrap_or_default());
        out.push('\\');
        out.push(short);
        if short == 'u' {
            let _ = write!(out, "00{b:02x}");
        }
        run = i + 1;
    }
    out.push_str(s.get(run..).unwrap_or_default());
    out.push('"');
}

/// Reads the fields of a record's object: unknown fields
/// are ignored, a missing field is an error unless it has a default, `null` is `None` for an
/// optional field and an error for any other.
pub struct Fields<'a>(&'a [(String, Value)]);

impl<'a> Fields<'a> {
    pub fn of(value: &'a Value) -> Result<Self, String> {
        value
            .as_object()
            .map(Fields)
            .ok_or_else(|| "expected an object".to_owned())
    }

    /// The field, absent or `null` read as `None`.
    pub fn optional(&self, key: &str) -> Option<&'a Value> {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|f| &f.1)
            .filter(|v| !v.is_null())
    }

    fn present(&self, key: &str) -> Result<&'a Value, String> {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|f| &f.1)
            .ok_or_else(|| format!("missing field `{key}`"))
    }

    /// The value of a field that has a default: absent gives `None`, `null` is an error.
    fn defaulted(&self, key: &str) -> Option<&'a Value> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|f| &f.1)
    }

    pub fn string(&self, key: &str) -> Result<String, String> {
        as_string(self.present(key)?, key)
    }

    pub fn opt_string(&self, key: &str) -> Result<Option<String>, String> {
        self.optional(key).map(|v| as_string(v, key)).transpose()
    }

    pub fn string_or_empty(&self, key: &str) -> Result<String, String> {
        Ok(match self.defaulted(key) {
            Some(v) => as_string(v, key)?,
            None => String::new(),
        })
    }

    pub fn bool(&self, key: &str) -> Result<bool, String> {
        as_bool(self.present(key)?, key)
    }

    pub fn opt_bool(&self, key: &str) -> Result<Option<bool>, String> {
        self.optional(key).map(|v| as_bool(v, key)).transpose()
    }

    pub fn bool_or_false(&self, key: &str) -> Result<bool, String> {
        self.defaulted(key).map_or(Ok(false), |v| as_bool(v, key))
    }

    /// A whole number in `0..=max`.
    pub fn uint(&self, key: &str, max: u32) -> Result<u32, String> {
        as_uint(self.present(key)?, key, max)
    }

    pub fn opt_uint(&self, key: &str, max: u32) -> Result<Option<u32>, String> {
        self.optional(key).map(|v| as_uint(v, key, max)).transpose()
    }

    pub fn i64(&self, key: &str) -> Result<i64, String> {
        self.present(key)?
            .as_i64()
            .ok_or_else(|| format!("`{key}`: expected an integer"))
    }

    pub fn strings(&self, key: &str) -> Result<Vec<String>, String> {
        as_strings(self.present(key)?, key)
    }

    pub fn strings_or_empty(&self, key: &str) -> Result<Vec<String>, String> {
        self.defaulted(key)
            .map_or(Ok(Vec::new()), |v| as_strings(v, key))
    }

    /// An array field (required, or empty when absent if `defaulted`).
    pub fn array(&self, key: &str, defaulted: bool) -> Result<&'a [Value], String> {
        let value = match self.defaulted(key) {
            Some(value) => value,
            None if defaulted => return Ok(&[]),
            None => return Err(format!("missing field `{key}`")),
        };
        value
            .as_array()
            .ok_or_else(|| format!("`{key}`: expected an array"))
    }

    /// A required object field.
    pub fn object(&self, key: &str) -> Result<&'a [(String, Value)], String> {
        self.present(key)?
            .as_object()
            .ok_or_else(|| format!("`{key}`: expected an object"))
    }
}

fn as_string(value: &Value, key: &str) -> Result<String, String> {
    value
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| format!("`{key}`: expected a string"))
}

fn as_bool(value: &Value, key: &str) -> Result<bool, String> {
    value
        .as_bool()
        .ok_or_else(|| format!("`{key}`: expected true or false"))
}

fn as_uint(value: &Value, key: &str, max: u32) -> Result<u32, String> {
    value
        .as_u64()
        .filter(|&n| n <= u64::from(max))
        .map(|n| n as u32)
        .ok_or_else(|| format!("`{key}`: expected a whole number up to {max}"))
}

/// An array of strings.
pub fn as_strings(value: &Value, key: &str) -> Result<Vec<String>, String> {
    value
        .as_array()
        .ok_or_else(|| format!("`{key}`: expected an array"))?
        .iter()
        .map(|item| as_string(item, key))
        .collect()
}

/// Builds an array of strings.
pub fn strings(items: &[String]) -> Value {
    Value::Array(items.iter().map(|s| Value::from(s.as_str())).collect())
}

/// An optional string: the string or `null`.
pub fn opt_string(value: &Option<String>) -> Value {
    value.as_deref().map(Value::from).into()
}

/// An optional value: it or `null`.
pub fn opt<T: Into<Value>>(value: Option<T>) -> Value {
    value.map(Into::into).into()
}

/// Builds an object from fields given in the order they are to be written.
pub fn object(fields: Vec<(&str, Value)>) -> Value {
    Value::Object(fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
}
