//! TempEval-3 Task A scoring of TIMEX3: extents (strict and relaxed), type and value.
//!
//! Strict: same start and end. Relaxed: any overlap. Precision counts predictions that match
//! some gold timex, recall gold timexes matched by some prediction. Gold and predicted
//! timexes are paired one-to-one (largest overlap first) to compare attributes; type and value
//! F1 are the relaxed F1 times the attribute's accuracy over those pairs, as in TE3. The DCT
//! is never scored (it lies outside `<TEXT>`).

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use crate::timeml::GoldTimex;

#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

fn prf(p_hit: usize, p_all: usize, r_hit: usize, r_all: usize) -> Prf {
    let precision = if p_all == 0 {
        0.0
    } else {
        p_hit as f64 / p_all as f64
    };
    let recall = if r_all == 0 {
        0.0
    } else {
        r_hit as f64 / r_all as f64
    };
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    Prf {
        precision,
        recall,
        f1,
    }
}

/// A miss or a wrong value, for `--errors`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TimexError {
    pub doc: String,
    pub kind: &'static str,
    pub gold_text: Option<String>,
    pub gold_value: Option<String>,
    pub pred_text: Option<String>,
    pub pred_value: Option<String>,
    /// TIMEX3 types, given where both sides matched (`kind` "value" or "type").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gold_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pred_type: Option<String>,
}

/// Running counts; add documents one at a time (memory stays flat).
#[derive(Debug, Clone, Default)]
pub struct Scorer {
    gold: usize,
    pred: usize,
    strict_gold: usize,
    strict_pred: usize,
    relaxed_gold: usize,
    relaxed_pred: usize,
    pairs: usize,
    same_type: usize,
    same_value: usize,
    errors: Vec<TimexError>,
    keep_errors: usize,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TimexScores {
    pub strict: Prf,
    pub relaxed: Prf,
    pub type_f1: f64,
    pub value_f1: f64,
    pub type_accuracy: f64,
    pub value_accuracy: f64,
    pub gold: usize,
    pub pred: usize,
    pub errors: Vec<TimexError>,
}

fn overlap(a: &GoldTimex, b: &GoldTimex) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

impl Scorer {
    /// Keep up to `n` errors for the report.
    pub fn new(n: usize) -> Scorer {
        Scorer {
            keep_errors: n,
            ..Scorer::default()
        }
    }

    /// Score one document: gold and predicted timexes (code-point offsets) over `text`.
    pub fn add(&mut self, doc: &str, text: &str, gold: &[GoldTimex], pred: &[GoldTimex]) {
        let chars: Vec<char> = if self.keep_errors > 0 {
            text.chars().collect()
        } else {
            Vec::new()
        };
        let span = |t: &GoldTimex| {
            chars
                .get(t.start..t.end.min(chars.len()))
                .map(|c| c.iter().collect::<String>())
                .unwrap_or_default()
        };
        self.gold += gold.len();
        self.pred += pred.len();
        self.strict_gold += gold
            .iter()
            .filter(|g| pred.iter().any(|p| p.start == g.start && p.end == g.end))
            .count();
        self.strict_pred += pred
            .iter()
            .filter(|p| gold.iter().any(|g| p.start == g.start && p.end == g.end))
            .count();
        self.relaxed_gold += gold
            .iter()
            .filter(|g| pred.iter().any(|p| overlap(g, p) > 0))
            .count();
        self.relaxed_pred += pred
            .iter()
            .filter(|p| gold.iter().any(|g| overlap(g, p) > 0))
            .count();
        let mut cands: Vec<(usize, usize, usize)> = Vec::new();
        for (i, g) in gold.iter().enumerate() {
            for (j, p) in pred.iter().enumerate() {
                let o = overlap(g, p);
                if o > 0 {
                    cands.push((o, i, j));
                }
            }
        }
        cands.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut gu = vec![false; gold.len()];
        let mut pu = vec![false; pred.len()];
        for (_, i, j) in cands {
            if gu[i] || pu[j] {
                continue;
            }
            gu[i] = true;
            pu[j] = true;
            self.pairs += 1;
            let (g, p) = (&gold[i], &pred[j]);
            let type_ok = g.kind == p.kind;
            self.same_type += usize::from(type_ok);
            let ok = g.value == p.value;
            self.same_value += usize::from(ok);
            if !(ok && type_ok) && self.errors.len() < self.keep_errors.saturating_mul(8) {
                self.errors.push(TimexError {
                    doc: doc.into(),
                    kind: if ok { "type" } else { "value" },
                    gold_text: Some(span(g)),
                    gold_value: Some(g.value.clone()),
                    pred_text: Some(span(p)),
                    pred_value: Some(p.value.clone()),
                    gold_type: Some(g.kind.clone()),
                    pred_type: Some(p.kind.clone()),
                });
            }
        }
        if self.keep_errors > 0 {
            for (i, g) in gold.iter().enumerate() {
                if !gu[i] && self.errors.len() < self.keep_errors.saturating_mul(8) {
                    self.errors.push(TimexError {
                        doc: doc.into(),
                        kind: "missed",
                        gold_text: Some(span(g)),
                        gold_value: Some(g.value.clone()),
                        pred_text: None,
                        pred_value: None,
                        gold_type: None,
                        pred_type: None,
                    });
                }
            }
            for (j, p) in pred.iter().enumerate() {
                if !pu[j] && self.errors.len() < self.keep_errors.saturating_mul(8) {
                    self.errors.push(TimexError {
                        doc: doc.into(),
                        kind: "spurious",
                        gold_text: None,
                        gold_value: None,
                        pred_text: Some(span(p)),
                        pred_value: Some(p.value.clone()),
                        gold_type: None,
                        pred_type: None,
                    });
                }
            }
        }
    }

    pub fn finish(mut self) -> TimexScores {
        let strict = prf(self.strict_pred, self.pred, self.strict_gold, self.gold);
        let relaxed = prf(self.relaxed_pred, self.pred, self.relaxed_gold, self.gold);
        let acc = |n: usize| {
            if self.pairs == 0 {
                0.0
            } else {
                n as f64 / self.pairs as f64
            }
        };
        let (type_accuracy, value_accuracy) = (acc(self.same_type), acc(self.same_value));
        // Misses first, then wrong values, then spurious: what costs recall most.
        self.errors.sort_by_key(|e| match e.kind {
            "missed" => 0,
            "value" => 1,
            "type" => 2,
            _ => 3,
        });
        self.errors.truncate(self.keep_errors);
        TimexScores {
            strict,
            relaxed,
            type_f1: relaxed.f1 * type_accuracy,
            value_f1: relaxed.f1 * value_accuracy,
            type_accuracy,
            value_accuracy,
            gold: self.gold,
            pred: self.pred,
            errors: self.errors,
        }
    }
}

impl fmt::Display for TimexScores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "timexes: gold {}, predicted {}", self.gold, self.pred)?;
        writeln!(f, "             precision  recall     F1")?;
        writeln!(
            f,
            "strict       {:9.2}  {:6.2}  {:5.2}",
            100.0 * self.strict.precision,
            100.0 * self.strict.recall,
            100.0 * self.strict.f1
        )?;
        writeln!(
            f,
            "relaxed      {:9.2}  {:6.2}  {:5.2}",
            100.0 * self.relaxed.precision,
            100.0 * self.relaxed.recall,
            100.0 * self.relaxed.f1
        )?;
        writeln!(
            f,
            "type F1      {:5.2}   (accuracy {:.2})",
            100.0 * self.type_f1,
            100.0 * self.type_accuracy
        )?;
        write!(
            f,
            "value F1     {:5.2}   (accuracy {:.2})",
            100.0 * self.value_f1,
            100.0 * self.value_accuracy
        )?;
        for e in &self.errors {
            write!(
                f,
                "\n{:8} {:28} gold {:?} {:14} pred {:?} {}",
                e.kind,
                e.doc,
                e.gold_text.as_deref().unwrap_or("-"),
                e.gold_value.as_deref().unwrap_or(""),
                e.pred_text.as_deref().unwrap_or("-"),
                e.pred_value.as_deref().unwrap_or("")
            )?;
            if let (Some(g), Some(p)) = (&e.gold_type, &e.pred_type)
                && g != p
            {
                write!(f, " (type {g}, predicted {p})")?;
            }
        }
        Ok(())
    }
}

/// Predictions read from JSON lines, grouped by document.
pub fn read_jsonl(text: &str) -> Result<BTreeMap<String, Vec<GoldTimex>>, String> {
    #[derive(serde::Deserialize)]
    struct Line {
        doc: String,
        start: usize,
        end: usize,
        #[serde(rename = "type")]
        kind: String,
        value: String,
    }
    let mut out: BTreeMap<String, Vec<GoldTimex>> = BTreeMap::new();
    for (no, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let l: Line = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", no + 1))?;
        out.entry(l.doc).or_default().push(GoldTimex {
            start: l.start,
            end: l.end,
            kind: l.kind,
            value: l.value,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: usize, e: usize, k: &str, v: &str) -> GoldTimex {
        GoldTimex {
            start: s,
            end: e,
            kind: k.into(),
            value: v.into(),
        }
    }

    #[test]
    fn strict_relaxed_type_and_value() {
        let mut s = Scorer::new(5);
        let gold = [
            t(0, 5, "DATE", "2021"),
            t(10, 20, "DURATION", "P1M"),
            t(30, 35, "DATE", "2021-08"),
        ];
        let pred = [
            t(0, 5, "DATE", "2021"),
            t(12, 20, "DATE", "P1M"),
            t(40, 45, "DATE", "X"),
        ];
        s.add("d", &"x".repeat(50), &gold, &pred);
        let r = s.finish();
        assert!((r.strict.precision - 1.0 / 3.0).abs() < 1e-9);
        assert!((r.relaxed.recall - 2.0 / 3.0).abs() < 1e-9);
        assert!((r.relaxed.f1 - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(r.type_accuracy, 0.5);
        assert_eq!(r.value_accuracy, 1.0);
        assert!((r.value_f1 - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(r.errors[0].kind, "missed");
        // The right value under the wrong type is listed as a type error, with both types.
        let e = r.errors.iter().find(|e| e.kind == "type").unwrap();
        assert_eq!(e.gold_type.as_deref(), Some("DURATION"));
        assert_eq!(e.pred_type.as_deref(), Some("DATE"));
        assert!(r.to_string().contains("(type DURATION, predicted DATE)"));
    }

    #[test]
    fn jsonl_predictions() {
        let m = read_jsonl("{\"doc\":\"a\",\"start\":1,\"end\":3,\"text\":\"xx\",\"type\":\"DATE\",\"value\":\"2021\"}\n\n").unwrap();
        assert_eq!(m["a"], [t(1, 3, "DATE", "2021")]);
        assert!(read_jsonl("{").unwrap_err().starts_with("line 1:"));
    }
}
