//! The `oncotwin` binary: parse the command line and run it.

/// mimalloc: ingest and hooks allocate many small JSON nodes across threads; glibc's malloc
/// spent a fifth of ingest's time in malloc/free and kept freed memory (peak RSS).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    oncotwin::cli::run()
}
