//! The `timeline` binary: parse arguments, run, print the error, pick the exit code.

use clap::Parser;

fn main() {
    let cli = timeline::cli::Cli::parse();
    let code = match timeline::cli::run(cli) {
        Ok(code) => code,
        Err(e) => {
            if timeline::cli::color() {
                eprintln!("\x1b[31merror\x1b[0m: {e}");
            } else {
                eprintln!("error: {e}");
            }
            2
        }
    };
    std::process::exit(code);
}
