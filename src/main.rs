//! The `oncotwin` binary: parse the command line and run it.

fn main() -> std::process::ExitCode {
    oncotwin::cli::run()
}
