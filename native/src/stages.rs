//! The per-stage clock of `Engine::run` (profiling only: real with the `stages` feature, empty without).

/// Nanoseconds spent in each stage (only with the `stages` feature, for profiling: `maturin develop -r
/// --features stages`, then `headlines_native.Engine._stages()`).
#[cfg(feature = "stages")]
pub static STAGES: [std::sync::atomic::AtomicU64; 12] = [const { std::sync::atomic::AtomicU64::new(0) }; 12];

#[cfg(feature = "stages")]
pub(super) struct Clock(std::time::Instant);

#[cfg(feature = "stages")]
impl Clock {
    pub(super) fn new() -> Clock {
        Clock(std::time::Instant::now())
    }

    pub(super) fn lap(&mut self, k: usize) {
        let now = std::time::Instant::now();
        STAGES[k].fetch_add((now - self.0).as_nanos() as u64, std::sync::atomic::Ordering::Relaxed);
        self.0 = now;
    }
}

#[cfg(not(feature = "stages"))]
pub(super) struct Clock;

#[cfg(not(feature = "stages"))]
impl Clock {
    #[inline(always)]
    pub(super) fn new() -> Clock {
        Clock
    }

    #[inline(always)]
    pub(super) fn lap(&mut self, _k: usize) {}
}
