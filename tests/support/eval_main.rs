//! `cargo run --release --example eval [-- --misses]`: precision and recall
//! per field on the development and held-out fixture sets.

#[path = "eval.rs"]
mod eval;

fn main() -> std::process::ExitCode {
    let show_misses = std::env::args().any(|a| a == "--misses");
    let root = eval::fixture_root();
    for set in ["pages", "heldout"] {
        match eval::evaluate(&root.join(set)) {
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
