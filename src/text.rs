//! Substring search kept out of line, and ASCII-case-insensitive affixes.
//!
//! `str::contains` and `str::find` with a string needle are `#[inline]`:
//! each call site carries its own copy of the two-way searcher's set-up and
//! match loop around the out-of-line parts, a few hundred bytes of WASM
//! each, at some ninety sites. Called through [`StrExt`] they share one
//! copy; the search itself is the standard library's, so results are
//! identical and a call costs one more jump.

/// [`str::contains`] and [`str::find`] for a string needle, out of line.
pub trait StrExt {
    /// Whether `needle` occurs in the string ([`str::contains`]).
    fn has(&self, needle: &str) -> bool;
    /// The byte index of the first `needle` ([`str::find`]).
    fn find_str(&self, needle: &str) -> Option<usize>;
}

impl StrExt for str {
    #[inline(never)]
    fn has(&self, needle: &str) -> bool {
        self.contains(needle)
    }

    #[inline(never)]
    fn find_str(&self, needle: &str) -> Option<usize> {
        self.find(needle)
    }
}

/// `s` without the prefix `p`, compared ignoring ASCII case.
pub fn strip_prefix_ci<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    let head = s.get(..p.len())?;
    head.eq_ignore_ascii_case(p).then(|| s.get(p.len()..)).flatten()
}

/// `s` without the suffix `p`, compared ignoring ASCII case.
pub fn strip_suffix_ci<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    let cut = s.len().checked_sub(p.len())?;
    let tail = s.get(cut..)?;
    tail.eq_ignore_ascii_case(p).then(|| s.get(..cut)).flatten()
}
