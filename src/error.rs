//! Errors the core reports. Every fallible core function returns [`Error`];
//! the wasm boundary turns each into a JS `Error` whose `name` is
//! [`Error::name`], so the UI can switch on it without parsing messages.

use thiserror::Error as ThisError;

/// Everything that can go wrong in the core, as a value.
#[derive(Debug, ThisError, Clone, PartialEq, Eq)]
pub enum Error {
    /// Input that is not what the caller promised (bad URL, bad date, bad JSON).
    #[error("invalid input: {0}")]
    InvalidInput(String),
    /// A stored or imported document whose schema version is newer than this
    /// build understands. The data is left untouched.
    #[error("unsupported schema version {found} (this build reads up to {supported})")]
    UnsupportedVersion { found: u32, supported: u32 },
    /// A document that parses but breaks a rule, naming the field.
    #[error("invalid {field}: {problem}")]
    Validation { field: String, problem: String },
    /// Something asked for does not exist (a profile, a note, an evidence item).
    #[error("not found: {0}")]
    NotFound(String),
}

impl Error {
    /// A stable machine name for the error kind, used as the JS `Error.name`.
    pub fn name(&self) -> &'static str {
        match self {
            Error::InvalidInput(_) => "InvalidInput",
            Error::UnsupportedVersion { .. } => "UnsupportedVersion",
            Error::Validation { .. } => "ValidationError",
            Error::NotFound(_) => "NotFound",
        }
    }

    pub(crate) fn invalid(msg: impl Into<String>) -> Self {
        Error::InvalidInput(msg.into())
    }
}

/// The core's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
