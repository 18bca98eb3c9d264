//! `cargo run --release --example eval [-- [--misses] [DIR...]]`: precision
//! and recall per field on the development and held-out fixture sets, or on
//! the fixture directories given (a new batch of pages, before it joins a set).

#[path = "eval.rs"]
mod eval;

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_misses = args.iter().any(|a| a == "--misses");
    let mut dirs: Vec<std::path::PathBuf> = args.iter().filter(|a| !a.starts_with("--")).map(Into::into).collect();
    if dirs.is_empty() {
        let root = eval::fixture_root();
        dirs = ["pages", "heldout"].iter().map(|set| root.join(set)).collect();
    }
    for dir in &dirs {
        let set = dir.file_name().map_or_else(|| dir.display().to_string(), |n| n.to_string_lossy().into_owned());
        match eval::evaluate(dir) {
            Ok(r) => {
                println!("== {set}: {} pages", r.pages);
                print!("{}", r.table());
                if show_misses {
                    for m in &r.misses {
                        println!("  miss {} {}: expected {} got {}", m.page, m.field, m.expected, m.got);
                    }
                }
                println!();
            }
            Err(e) => {
                eprintln!("eval: {e}");
                return std::process::ExitCode::from(2);
            }
        }
    }
    std::process::ExitCode::SUCCESS
}
