//! Throughput of the temporal tagger, single-threaded, tagging only.
//!
//! `cargo bench --bench timex` measures on the seed corpus and, when `../shared` is there, on
//! the TimeML texts (TBAQ + TE3 platinum) and on a stream of over 100 MB made by repeating
//! them document by document (memory stays flat: one document at a time).

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use timeline::extract::temporal::{Dct, Tagger};

fn seed() -> Vec<(String, Option<Dct>)> {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/timelines/kabul-embassy/sources"
    );
    let corpus = timeline::source::load_corpus(std::path::Path::new(dir)).expect("seed corpus");
    corpus
        .articles
        .into_iter()
        .map(|a| {
            let dct = a.meta.published.map(|p| Dct {
                year: p.year,
                month: p.month,
                day: p.day,
            });
            (a.text, dct)
        })
        .collect()
}

fn timeml() -> Vec<(String, Option<Dct>)> {
    let dir = std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpora/timeml"
    ));
    if !dir.is_dir() {
        eprintln!("skipped: ../shared/corpora/timeml not found");
        return Vec::new();
    }
    timeline::timeml::files(dir)
        .unwrap()
        .iter()
        .map(|p| {
            let d = timeline::timeml::read(p).unwrap();
            let dct = d.dct.as_deref().and_then(|v| v.parse().ok());
            (d.text, dct)
        })
        .collect()
}

fn bench_set(c: &mut Criterion, name: &str, docs: &[(String, Option<Dct>)]) {
    if docs.is_empty() {
        return;
    }
    let tagger = Tagger::new();
    let bytes: usize = docs.iter().map(|d| d.0.len()).sum();
    let mut g = c.benchmark_group("timex");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function(name, |b| {
        b.iter(|| {
            let mut n = 0;
            for (text, dct) in docs {
                n += tagger.tag(black_box(text), dct.as_ref()).len();
            }
            n
        })
    });
    g.finish();
}

fn stream_100mb(c: &mut Criterion, docs: &[(String, Option<Dct>)]) {
    if docs.is_empty() {
        return;
    }
    let tagger = Tagger::new();
    let bytes: usize = docs.iter().map(|d| d.0.len()).sum();
    let rounds = (100 * 1024 * 1024) / bytes + 1;
    let mut g = c.benchmark_group("timex");
    g.sample_size(10).measurement_time(Duration::from_secs(60));
    g.throughput(Throughput::Bytes((bytes * rounds) as u64));
    g.bench_function("stream_100mb", |b| {
        b.iter(|| {
            let mut n = 0;
            for _ in 0..rounds {
                for (text, dct) in docs {
                    n += tagger.tag(black_box(text), dct.as_ref()).len();
                }
            }
            n
        })
    });
    g.finish();
}

fn benches(c: &mut Criterion) {
    bench_set(c, "seed_corpus", &seed());
    let t = timeml();
    bench_set(c, "timeml_texts", &t);
    if std::env::var_os("TIMELINE_BENCH_100MB").is_some() {
        stream_100mb(c, &t);
    }
}

criterion_group!(timex, benches);
criterion_main!(timex);
