//! (in progress) `dealscout assess`.
use crate::args::Args;
use crate::CliError;
pub fn run(_a: &Args) -> Result<(), CliError> {
    Err(CliError("assess: not built yet".into()))
}
