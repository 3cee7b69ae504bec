//! The audit sink: PHI accesses are queued and written in batches by a background task,
//! so auditing never adds a database round trip to a request.

use crate::store::{AuditRecord, Store};
use std::time::Duration;
use tokio::sync::mpsc;

/// Records queued before a request waits for the writer.
const QUEUE: usize = 10_000;
/// Longest a record waits before it is written.
const FLUSH_EVERY: Duration = Duration::from_millis(200);

/// Where audit records go.
#[derive(Clone, Debug)]
pub struct AuditSink {
    tx: mpsc::Sender<AuditRecord>,
}

impl AuditSink {
    /// Starts the background writer on the current tokio runtime.
    pub fn start(store: Store) -> AuditSink {
        let (tx, mut rx) = mpsc::channel::<AuditRecord>(QUEUE);
        tokio::spawn(async move {
            let mut batch = Vec::new();
            loop {
                let closed = tokio::select! {
                    received = rx.recv() => match received {
                        Some(record) => { batch.push(record); false }
                        None => true,
                    },
                    _ = tokio::time::sleep(FLUSH_EVERY), if !batch.is_empty() => false,
                };
                while batch.len() < 500 {
                    match rx.try_recv() {
                        Ok(record) => batch.push(record),
                        Err(_) => break,
                    }
                }
                if !batch.is_empty() && (closed || batch.len() >= 500 || rx.is_empty()) {
                    if let Err(err) = store.write_audit(&batch).await {
                        // The records stay queued in memory and are retried with the next batch.
                        tracing::error!(error = %err, pending = batch.len(), "audit write failed");
                        tokio::time::sleep(Duration::from_millis(500)).await;
                        continue;
                    }
                    batch.clear();
                }
                if closed {
                    break;
                }
            }
        });
        AuditSink { tx }
    }

    /// Queues a record (waits only when the queue is full).
    pub async fn record(&self, record: AuditRecord) {
        if self.tx.send(record).await.is_err() {
            tracing::error!("audit writer has stopped; record lost");
        }
    }
}
