//! Decisions made at hook rate are stored in batches by a background task, so a CDS Hooks
//! call does not wait for its own database commit. A reader that misses a decision asks the
//! writer to flush first ([`DecisionSink::flush`]), so a card's link never points at nothing.
//!
//! A decision is a pure function of its inputs (the facts, the service, the date) and the
//! pathway versions, and EHRs repeat hooks (order-select fires on every change of the
//! selection): a decision identical to one this process stored recently is not stored again;
//! the card links to the stored one ([`DecisionSink::reuse`]).

use super::Decision;
use crate::store::Store;
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};

/// Decisions queued before a caller waits for the writer.
const QUEUE: usize = 10_000;
/// Decisions per transaction at most.
const BATCH: usize = 500;
/// Longest a decision waits before it is written.
const FLUSH_EVERY: Duration = Duration::from_millis(50);
/// Recently stored decisions remembered for reuse.
const RECENT: usize = 4096;

enum Message {
    Decision(Box<Decision>, &'static str),
    Flush(oneshot::Sender<()>),
}

/// Where hook decisions go.
#[derive(Clone, Debug)]
pub struct DecisionSink {
    tx: mpsc::Sender<Message>,
    recent: Arc<Mutex<Recent>>,
}

/// Identity of a decision's inputs → (id, created_at) of the stored one; oldest forgotten first.
#[derive(Debug, Default)]
struct Recent {
    by_key: HashMap<String, (String, String)>,
    order: VecDeque<String>,
}

fn reuse_key(decision: &Decision, origin: &str) -> String {
    format!(
        "{}\u{0}{}\u{0}{}\u{0}{}\u{0}{origin}",
        decision.patient_id, decision.inputs_hash, decision.pathway_version, decision.as_of
    )
}

impl std::fmt::Debug for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Message::Decision(d, origin) => write!(f, "Decision({}, {origin})", d.id),
            Message::Flush(_) => write!(f, "Flush"),
        }
    }
}

impl DecisionSink {
    /// Starts the background writer on the current tokio runtime.
    pub fn start(store: Store) -> DecisionSink {
        let (tx, mut rx) = mpsc::channel::<Message>(QUEUE);
        tokio::spawn(async move {
            let mut batch: Vec<(Box<Decision>, &'static str)> = Vec::new();
            let mut waiting: Vec<oneshot::Sender<()>> = Vec::new();
            loop {
                let closed = tokio::select! {
                    received = rx.recv() => match received {
                        Some(Message::Decision(d, origin)) => { batch.push((d, origin)); false }
                        Some(Message::Flush(done)) => { waiting.push(done); false }
                        None => true,
                    },
                    _ = tokio::time::sleep(FLUSH_EVERY), if !batch.is_empty() => false,
                };
                while batch.len() < BATCH {
                    match rx.try_recv() {
                        Ok(Message::Decision(d, origin)) => batch.push((d, origin)),
                        Ok(Message::Flush(done)) => waiting.push(done),
                        Err(_) => break,
                    }
                }
                if !batch.is_empty() && (closed || !waiting.is_empty() || batch.len() >= BATCH || rx.is_empty()) {
                    let rows: Vec<(&Decision, &str)> = batch.iter().map(|(d, o)| (&**d, *o)).collect();
                    if let Err(err) = store.put_decisions(&rows).await {
                        // Kept in memory and retried with the next batch.
                        tracing::error!(error = %err, pending = batch.len(), "decision write failed");
                        tokio::time::sleep(Duration::from_millis(200)).await;
                        continue;
                    }
                    batch.clear();
                }
                if batch.is_empty() {
                    for done in waiting.drain(..) {
                        let _ = done.send(());
                    }
                }
                if closed {
                    break;
                }
            }
        });
        DecisionSink { tx, recent: Arc::default() }
    }

    /// When this process stored a decision with the same patient, inputs, pathway versions,
    /// date and origin, gives `decision` that one's id and time and returns true (nothing to
    /// store); else false.
    pub fn reuse(&self, decision: &mut Decision, origin: &str) -> bool {
        let recent = self.recent.lock().unwrap_or_else(|p| p.into_inner());
        match recent.by_key.get(&reuse_key(decision, origin)) {
            Some((id, created_at)) => {
                decision.id = id.clone();
                decision.created_at = created_at.clone();
                true
            }
            None => false,
        }
    }

    /// Queues a decision (waits only when the queue is full).
    pub async fn record(&self, decision: Decision, origin: &'static str) {
        {
            let mut recent = self.recent.lock().unwrap_or_else(|p| p.into_inner());
            let key = reuse_key(&decision, origin);
            if recent.by_key.insert(key.clone(), (decision.id.clone(), decision.created_at.clone())).is_none() {
                recent.order.push_back(key);
            }
            while recent.order.len() > RECENT {
                if let Some(old) = recent.order.pop_front() {
                    recent.by_key.remove(&old);
                }
            }
        }
        if self.tx.send(Message::Decision(Box::new(decision), origin)).await.is_err() {
            tracing::error!("decision writer has stopped; decision lost");
        }
    }

    /// Returns once every decision queued before the call is stored.
    pub async fn flush(&self) {
        let (done, wait) = oneshot::channel();
        if self.tx.send(Message::Flush(done)).await.is_ok() {
            let _ = wait.await;
        }
    }
}
