//! New ids for parties, cards and links: random enough that boards made on
//! different machines can later be merged without clashes.

use std::cell::Cell;

thread_local! {
    static COUNTER: Cell<u32> = const { Cell::new(0) };
}

/// A fresh id such as `c-k3j9x2a1`.
pub fn new_id(prefix: &str) -> String {
    let n = COUNTER.with(|c| {
        c.set(c.get().wrapping_add(1));
        c.get()
    });
    let random = (js_sys::Math::random() * 2f64.powi(40)) as u64;
    format!("{prefix}-{}{}", base36(random), base36(n as u64))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}
