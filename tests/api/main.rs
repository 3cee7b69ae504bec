//! Integration tests: the real app on port 0 against fresh SQLite and PostgreSQL databases.

mod bad_input;
mod cli;
mod connector;
mod facade;
mod faults;
mod hardening;
mod helpers;
mod history;
mod ingest;
mod launch;
mod logs;
mod navigation;
mod necessity;
mod notes;
mod outside_clients;
mod pathways;
mod process;
mod scale;
mod security;
mod workspaces;
