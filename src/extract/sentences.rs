//! Sentence and paragraph segmentation for news text.
//!
//! Paragraphs are lines (news copy puts one paragraph per line; blank lines are ignored).
//! Within a paragraph a sentence ends at `.`, `!` or `?` (optionally followed by closing
//! quotes or brackets) when white space and a capital, digit or opening quote follow, unless
//! the word before the period is a known abbreviation (`U.S.`, `Mr.`, `Gen.`, `a.m.`) or a
//! single initial. A line without final punctuation (a headline) is a sentence of its own.

/// A sentence: byte range into the document and the paragraph it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
}

impl Sentence {
    pub fn text<'a>(&self, doc: &'a str) -> &'a str {
        &doc[self.start..self.end]
    }
}

/// Abbreviations after which a period does not end a sentence (lowercase, without the final
/// period). Kept here rather than in a data file: it is short and tested below.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "sen", "rep", "gov",
    "pres", "prof", "st", "jr", "sr", "rev", "hon", "amb", "cmdr", "brig", "u.s", "u.k", "u.n",
    "e.u", "a.m", "p.m", "no", "vs", "etc", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu",
    "thur", "thurs", "fri", "sat", "sun", "i.e", "e.g", "approx", "est", "dept", "govt", "fig",
];

fn is_abbreviation(word: &str) -> bool {
    let w = word
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_ascii_lowercase();
    if w.chars().count() == 1 && w.chars().all(|c| c.is_alphabetic()) {
        return true; // an initial: "George W. Bush"
    }
    ABBREVIATIONS.contains(&w.as_str())
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(c, '"' | '“' | '\'' | '‘' | '(' | '[' | '«' | '–' | '—')
}

/// Split `text` into sentences. Offsets are byte offsets on char boundaries; leading and
/// trailing white space is excluded from every sentence.
pub fn split(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (paragraph, (start, end)) in paragraphs(text).into_iter().enumerate() {
        split_line(&text[start..end], start, paragraph, &mut out);
    }
    out
}

/// Paragraphs as byte ranges: lines, except that a line broken in the middle of a sentence
/// (copy-pasted text: "…forces from \nBagram Air Base\n because…") is joined to the next
/// one. A line is continued when it does not end a sentence and either it ends in white
/// space or the next line starts with white space or a lowercase letter.
pub fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut offset = 0;
    let mut continued = false;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        if body.trim().is_empty() {
            continued = false;
            continue;
        }
        let end = start + body.len();
        let starts_low = body.starts_with(char::is_whitespace)
            || body
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
        match out.last_mut() {
            Some(last) if continued || starts_low && !ends_sentence(&text[last.0..last.1]) => {
                last.1 = end
            }
            _ => out.push((start, end)),
        }
        let t = body.trim_end();
        continued = !ends_sentence(t) && body.ends_with(char::is_whitespace) && !t.is_empty();
    }
    out
}

fn ends_sentence(s: &str) -> bool {
    s.trim_end()
        .trim_end_matches(is_closer)
        .ends_with(['.', '!', '?', ':', '…'])
}

fn push(
    out: &mut Vec<Sentence>,
    text: &str,
    base: usize,
    from: usize,
    to: usize,
    paragraph: usize,
) {
    let s = &text[from..to];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if trimmed.is_empty() {
        return;
    }
    out.push(Sentence {
        start: base + from + lead,
        end: base + from + lead + trimmed.len(),
        paragraph,
    });
}

fn split_line(line: &str, base: usize, paragraph: usize, out: &mut Vec<Sentence>) {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if matches!(c, '.' | '!' | '?' | '…') {
            // Extend over repeated punctuation and closing quotes/brackets.
            let mut j = i + 1;
            while j < chars.len()
                && (matches!(chars[j].1, '.' | '!' | '?') || is_closer(chars[j].1))
            {
                j += 1;
            }
            let end = chars.get(j).map_or(line.len(), |&(p, _)| p);
            // Needs white space, then a plausible sentence start.
            let mut k = j;
            let mut saw_space = false;
            while k < chars.len() && chars[k].1.is_whitespace() {
                saw_space = true;
                k += 1;
            }
            let next_ok = k >= chars.len() || (saw_space && starts_sentence(chars[k].1));
            let word_before = line[start..pos]
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or("");
            let abbrev = c == '.' && is_abbreviation(word_before);
            // "U.S. officials": abbreviation followed by a capital stays in the sentence,
            // except at the end of the line.
            if next_ok && !abbrev {
                push(out, line, base, start, end, paragraph);
                start = end;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    push(out, line, base, start, line.len(), paragraph);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        split(t).iter().map(|s| s.text(t)).collect::<Vec<_>>()
    }

    #[test]
    fn survives_abbreviations_and_initials() {
        let t = "Mr. Khalilzad met Gen. Kenneth McKenzie at 9 a.m. Tuesday in the U.S. Embassy. George W. Bush spoke. It ended.";
        assert_eq!(
            texts(t),
            [
                "Mr. Khalilzad met Gen. Kenneth McKenzie at 9 a.m. Tuesday in the U.S. Embassy.",
                "George W. Bush spoke.",
                "It ended."
            ]
        );
    }

    #[test]
    fn quotes_and_question_marks() {
        let t = "\"We will not pose any threat,\" he said. \"Is it over?\" She asked. Done!";
        assert_eq!(
            texts(t),
            [
                "\"We will not pose any threat,\" he said.",
                "\"Is it over?\"",
                "She asked.",
                "Done!"
            ]
        );
    }

    #[test]
    fn headlines_and_paragraphs() {
        let t = "The shifting security situation\nThe embassy urged citizens to leave. It said so.\n\nRead more: something";
        let s = split(t);
        assert_eq!(s.len(), 4);
        assert_eq!(s[0].text(t), "The shifting security situation");
        assert_eq!((s[1].paragraph, s[2].paragraph, s[3].paragraph), (1, 1, 2));
    }

    #[test]
    fn lowercase_after_period_does_not_split() {
        assert_eq!(
            texts("It rose 3.5 percent vs. last year. ok."),
            ["It rose 3.5 percent vs. last year. ok."]
        );
    }

    #[test]
    fn lines_broken_mid_sentence_are_joined() {
        let t = "The \nWall Street Journal \nfirst reported it. \nOne factor is the departure of all US forces from \nBagram Air Base\n because it means less.\nA headline\nThe next paragraph.";
        assert_eq!(
            texts(t),
            [
                "The \nWall Street Journal \nfirst reported it.",
                "One factor is the departure of all US forces from \nBagram Air Base\n because it means less.",
                "A headline",
                "The next paragraph."
            ]
        );
    }

    #[test]
    fn no_panic_on_odd_text() {
        for t in ["", ".", "...", "é.É", "?\n?\n", "a.\u{301}B", "“Hi.” ‘Yo.’"] {
            for s in split(t) {
                assert!(t.is_char_boundary(s.start) && t.is_char_boundary(s.end));
            }
        }
    }
}
