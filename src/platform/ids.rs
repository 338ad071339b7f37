//! New ids for parties, cards and links: 128 random bits from the browser's
//! cryptographic source, so that boards made on different machines can
//! later be merged without clashes.

/// A fresh id such as `c-2k3j9x2a1q0w8e7r6t5y4u3i2o`.
pub fn new_id(prefix: &str) -> String {
    let mut bytes = [0u8; 16];
    if getrandom::getrandom(&mut bytes).is_err() {
        // No cryptographic source: the page's own generator, twice 52 bits
        // and the clock, still far from any clash within one board.
        let a = (js_sys::Math::random() * 2f64.powi(52)) as u64;
        let b = (js_sys::Math::random() * 2f64.powi(52)) as u64 ^ (js_sys::Date::now() as u64).rotate_left(40);
        bytes[..8].copy_from_slice(&a.to_le_bytes());
        bytes[8..].copy_from_slice(&b.to_le_bytes());
    }
    format!("{prefix}-{}", base36(u128::from_le_bytes(bytes)))
}

fn base36(mut n: u128) -> String {
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
