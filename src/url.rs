//! URLs: parsing what the core needs, normalisation, registrable domains.
