//! A small argument parser: `--flag value` / `--flag=value` options (each
//! allowed flag may repeat) and positional inputs. Hand-written because the
//! contract is tiny and fixed.

use std::collections::BTreeMap;

use crate::CliError;

/// Output format of a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Markdown,
}

/// Parsed arguments of one command.
#[derive(Debug, Default)]
pub struct Args {
    opts: BTreeMap<String, Vec<String>>,
    pub inputs: Vec<String>,
}

impl Args {
    /// Parses `argv` (after the command word), accepting only `allowed` flags.
    pub fn parse(argv: &[String], allowed: &[&str]) -> Result<Args, CliError> {
        let mut a = Args::default();
        let mut it = argv.iter();
        while let Some(arg) = it.next() {
            if arg == "--" {
                a.inputs.extend(it.by_ref().cloned());
                break;
            }
            let Some(flag) = arg.strip_prefix("--") else {
                a.inputs.push(arg.clone());
                continue;
            };
            let (name, value) = match flag.split_once('=') {
                Some((n, v)) => (n.to_string(), v.to_string()),
                None => {
                    let v = it.next().ok_or_else(|| CliError(format!("--{flag} needs a value")))?;
                    (flag.to_string(), v.clone())
                }
            };
            if !allowed.contains(&name.as_str()) {
                return Err(CliError(format!("unknown option --{name}")));
            }
            a.opts.entry(name).or_default().push(value);
        }
        if a.inputs.is_empty() {
            return Err(CliError("no INPUT given (an .html page or a .jsonl file of captures)".into()));
        }
        Ok(a)
    }

    /// The single value of a flag; an error if given twice.
    pub fn one(&self, name: &str) -> Result<Option<&str>, CliError> {
        match self.opts.get(name).map(Vec::as_slice) {
            None | Some([]) => Ok(None),
            Some([v]) => Ok(Some(v)),
            Some(_) => Err(CliError(format!("--{name} given more than once"))),
        }
    }

    /// Every value of a repeatable flag.
    pub fn all(&self, name: &str) -> &[String] {
        self.opts.get(name).map(Vec::as_slice).unwrap_or(&[])
    }

    /// `--as-of`, defaulting to today's UTC date (the CLI is the only place a
    /// clock is read; the core never does).
    pub fn as_of(&self) -> Result<dealscout::Date, CliError> {
        match self.one("as-of")? {
            Some(s) => s.parse().map_err(|_| CliError(format!("--as-of {s:?} is not a YYYY-MM-DD date"))),
            None => {
                let secs = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_err(|e| CliError(e.to_string()))?
                    .as_secs();
                Ok(dealscout::Timestamp(i64::try_from(secs).unwrap_or(0)).date())
            }
        }
    }

    pub fn format(&self) -> Result<Format, CliError> {
        match self.one("format")? {
            None | Some("json") => Ok(Format::Json),
            Some("markdown" | "md") => Ok(Format::Markdown),
            Some(f) => Err(CliError(format!("--format {f:?}: expected json or markdown"))),
        }
    }
}
