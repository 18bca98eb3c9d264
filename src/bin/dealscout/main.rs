//! `dealscout`: the core on the command line, so saved real pages are tested
//! natively and give the same answer the browser gets.
//!
//! ```text
//! dealscout analyze [--url URL] [--as-of YYYY-MM-DD] [--need WORD]... [--format json|markdown] INPUT...
//! dealscout assess  [--playbook FILE] [--as-of YYYY-MM-DD] [--attach DOMAIN] [--format json|markdown] INPUT...
//! ```
//!
//! INPUT is an `.html` file or a `.jsonl` file of captures. Bad arguments and
//! unreadable files print one line on stderr and exit with status 2.

mod args;
mod assess;
mod input;

use std::io::Write;
use std::process::ExitCode;

use args::{Args, Format};

const USAGE: &str = "usage:
  dealscout analyze [--url URL] [--as-of YYYY-MM-DD] [--need WORD]... [--format json|markdown] INPUT...
  dealscout assess  [--playbook FILE] [--as-of YYYY-MM-DD] [--attach DOMAIN] [--format json|markdown] INPUT...
INPUT is an .html page or a .jsonl file of captures ({url, html, captured_at, profile?} per line).";

/// A failure the user must fix: one line on stderr, exit status 2.
#[derive(Debug)]
pub struct CliError(pub String);

impl<E: std::fmt::Display> From<E> for CliError {
    fn from(e: E) -> Self {
        CliError(e.to_string())
    }
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let result = match argv.first().map(String::as_str) {
        Some("analyze") => Args::parse(&argv[1..], &["url", "as-of", "need", "format"]).and_then(|a| analyze(&a)),
        Some("assess") => {
            Args::parse(&argv[1..], &["playbook", "as-of", "attach", "format"]).and_then(|a| assess::run(&a))
        }
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some("--version" | "-V") => {
            println!("dealscout {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Some(other) => Err(CliError(format!("unknown command {other:?} (try `dealscout --help`)"))),
        None => Err(CliError("missing command (try `dealscout --help`)".into())),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError(msg)) => {
            let first = msg.lines().next().unwrap_or("error");
            eprintln!("dealscout: {first}");
            ExitCode::from(2)
        }
    }
}

/// `dealscout analyze`: one JSON object per page, one per line (or Markdown).
fn analyze(a: &Args) -> Result<(), CliError> {
    let opts = dealscout::AnalyzeOptions { as_of: a.as_of()?, need_keywords: a.all("need").to_vec() };
    let captures = input::load(a, &opts)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for c in &captures {
        let analysis = dealscout::analyze(c, &opts).map_err(|e| CliError(format!("{}: {e}", c.url)))?;
        match a.format()? {
            Format::Json => writeln!(out, "{}", dealscout::json::to_string(&analysis))?,
            Format::Markdown => write!(out, "{}", dealscout::export::page_markdown(&analysis))?,
        }
    }
    Ok(())
}
