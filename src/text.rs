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
    /// Whether `needle` occurs as whole words: where it starts or ends with
    /// an ASCII letter or digit, no ASCII letter or digit touches it there
    /// ("up to" is not in "group today"; "采购" is in "采购人").
    fn has_word(&self, needle: &str) -> bool;
    /// The byte indexes where `needle` occurs as whole words, as
    /// [`StrExt::has_word`] tells them, left to right.
    fn word_indices<'a>(&'a self, needle: &'a str) -> impl Iterator<Item = usize> + 'a;
}

impl StrExt for str {
    #[inline(never)]
    fn has(&self, needle: &str) -> bool {
        self.contains(needle)
    }

    #[inline(never)]
    fn find_str(&self, needle: &str) -> Option<usize> {
        // x86-64's `contains` looks for a short needle with SIMD, and most
        // needles looked for are absent: only a present one pays for the
        // searcher `find` builds.
        if cfg!(target_arch = "x86_64") && !self.contains(needle) {
            return None;
        }
        self.find(needle)
    }

    #[inline(never)]
    fn has_word(&self, needle: &str) -> bool {
        // As in `find_str`: an absent needle never pays for a searcher.
        if cfg!(target_arch = "x86_64") && !self.contains(needle) {
            return false;
        }
        self.word_indices(needle).next().is_some()
    }

    fn word_indices<'a>(&'a self, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
        let word = |b: Option<&u8>| b.is_some_and(u8::is_ascii_alphanumeric);
        let (first, last) = (needle.as_bytes().first(), needle.as_bytes().last());
        let b = self.as_bytes();
        let joined_before = move |k: usize| word(first) && word(k.checked_sub(1).and_then(|i| b.get(i)));
        let joined_after = move |k: usize| word(last) && word(b.get(k + needle.len()));
        // An empty needle is no word (`match_indices` would find it everywhere).
        let most = if needle.is_empty() { 0 } else { usize::MAX };
        self.match_indices(needle).take(most).map(|(k, _)| k).filter(move |&k| !joined_before(k) && !joined_after(k))
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

#[cfg(test)]
mod tests {
    use super::StrExt;

    #[test]
    fn whole_words_only_where_the_needle_has_word_edges() {
        assert!(!"the group today employs".has_word("up to"));
        assert!("for teams of up to 50".has_word("up to"));
        assert!("Up to 50".to_lowercase().has_word("up to"));
        assert!("采购人：市教育局".has_word("采购"));
        assert!("(services to 620,000 people)".has_word("services to"));
        assert!(!"reserves".has_word("serves"));
        assert!(!"x".has_word(""));
        let at: Vec<usize> = "ASX: WBF, not TASX: or ASX2".word_indices("ASX").collect();
        assert_eq!(at, [0]);
        // A CJK neighbour is no word's letter.
        assert_eq!("在深交所：300123".word_indices("深交所").collect::<Vec<_>>(), [3]);
    }
}
