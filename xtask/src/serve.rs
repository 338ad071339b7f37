//! A small static file server for `dist/`, on loopback only, sending the
//! security headers the README asks of every host, and a file's brotli or
//! gzip copy where the browser accepts it.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::thread;

use crate::site::ENCODINGS;

/// The page's Content-Security-Policy (the same as the `<meta>` in
/// `www/index.html`), and what only a header can say: no other page may show
/// the app in a frame.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
     style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; \
     base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// Every response's security headers: the policy above, no frames in older
/// browsers either, no guessing at file types, and no address sent along
/// when the page is left.
pub fn security_headers() -> String {
    format!(
        "Content-Security-Policy: {CONTENT_SECURITY_POLICY}\r\nX-Frame-Options: DENY\r\n\
         X-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\n"
    )
}

pub struct Server {
    pub url: String,
}

/// Serves `dir` at http://127.0.0.1:`port` until the process ends.
pub fn serve_forever(dir: &Path, port: u16) -> Result<(), String> {
    let listener =
        TcpListener::bind(("127.0.0.1", port)).map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    println!("Ambition Map is served at http://127.0.0.1:{port}/  (Ctrl+C stops)");
    accept(listener, dir.to_path_buf());
    Ok(())
}

/// Serves `dir` on a free loopback port from a background thread.
pub fn serve_in_background(dir: &Path) -> Result<Server, String> {
    let listener = TcpListener::bind(("127.0.0.1", 0)).map_err(|e| format!("cannot listen on loopback: {e}"))?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    let dir = dir.to_path_buf();
    thread::spawn(move || accept(listener, dir));
    Ok(Server { url: format!("http://127.0.0.1:{port}") })
}

fn accept(listener: TcpListener, dir: PathBuf) {
    for stream in listener.incoming().flatten() {
        let dir = dir.clone();
        thread::spawn(move || {
            let _ = respond(stream, &dir);
        });
    }
}

fn respond(mut stream: TcpStream, dir: &Path) -> std::io::Result<()> {
    let mut line = String::new();
    let mut reader = BufReader::new(stream.try_clone()?);
    reader.read_line(&mut line)?;
    // Of the headers, only what the browser can unpack matters.
    let mut accepted = String::new();
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" || header == "\n" {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            if name.trim().eq_ignore_ascii_case("accept-encoding") {
                accepted = value.trim().to_owned();
            }
        }
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let file = resolve(dir, path);
    let mut extra = String::new();
    let (status, body, mime) = match (method, file) {
        ("GET" | "HEAD", Some(f)) => match encoded(&f, &accepted) {
            Some((body, encoding)) => {
                extra = compressed_headers(encoding, has_copies(&f));
                ("200 OK", body, mime_type(&f))
            }
            None => ("404 Not Found", b"not found".to_vec(), "text/plain; charset=utf-8"),
        },
        ("GET" | "HEAD", None) => ("404 Not Found", b"not found".to_vec(), "text/plain; charset=utf-8"),
        _ => ("405 Method Not Allowed", b"method not allowed".to_vec(), "text/plain; charset=utf-8"),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {mime}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\n\
         {extra}{}Connection: close\r\n\r\n",
        body.len(),
        security_headers()
    );
    stream.write_all(head.as_bytes())?;
    if method != "HEAD" {
        stream.write_all(&body)?;
    }
    stream.flush()
}

/// The bytes to send for `file`: its brotli or gzip copy where one lies
/// beside it and `accepted` (the request's Accept-Encoding) allows it, else
/// the file itself; with the encoding sent, if any.
fn encoded(file: &Path, accepted: &str) -> Option<(Vec<u8>, Option<&'static str>)> {
    for (encoding, ext) in ENCODINGS {
        if accepts(accepted, encoding) {
            let mut copy = file.as_os_str().to_owned();
            copy.push(format!(".{ext}"));
            if let Ok(body) = fs::read(&copy) {
                return Some((body, Some(encoding)));
            }
        }
    }
    fs::read(file).ok().map(|body| (body, None))
}

/// Whether a compressed copy of `file` lies beside it.
fn has_copies(file: &Path) -> bool {
    ENCODINGS.iter().any(|(_, ext)| {
        let mut copy = file.as_os_str().to_owned();
        copy.push(format!(".{ext}"));
        Path::new(&copy).is_file()
    })
}

/// The headers of a file that has compressed copies: which one was sent,
/// and that the answer depends on what the browser accepts.
fn compressed_headers(encoding: Option<&str>, copies: bool) -> String {
    let mut headers = String::new();
    if let Some(encoding) = encoding {
        headers.push_str(&format!("Content-Encoding: {encoding}\r\n"));
    }
    if copies {
        headers.push_str("Vary: Accept-Encoding\r\n");
    }
    headers
}

/// Whether an Accept-Encoding header allows `encoding`: named (or `*`)
/// without `q=0`.
pub fn accepts(accepted: &str, encoding: &str) -> bool {
    let mut star = false;
    for item in accepted.split(',') {
        let mut parts = item.split(';');
        let name = parts.next().unwrap_or("").trim();
        let refused = parts.any(|p| {
            p.trim().strip_prefix("q=").or_else(|| p.trim().strip_prefix("Q=")).and_then(|q| q.trim().parse::<f32>().ok()) == Some(0.0)
        });
        if name.eq_ignore_ascii_case(encoding) {
            return !refused;
        }
        if name == "*" {
            star = !refused;
        }
    }
    star
}

/// The file for a URL path, never outside `dir`.
fn resolve(dir: &Path, url_path: &str) -> Option<PathBuf> {
    let rel = Path::new(url_path.trim_start_matches('/'));
    if rel.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    let mut file = dir.join(rel);
    if file.is_dir() {
        file = file.join("index.html");
    }
    file.is_file().then_some(file)
}

fn mime_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_encoding_is_used_only_where_the_browser_accepts_it() {
        assert!(accepts("gzip, deflate, br, zstd", "br"));
        assert!(accepts("gzip, deflate, br, zstd", "gzip"));
        assert!(!accepts("gzip, deflate", "br"));
        assert!(!accepts("", "gzip"));
        assert!(!accepts("br;q=0, gzip;q=0.8", "br"));
        assert!(accepts("br;q=0, gzip;q=0.8", "gzip"));
        assert!(accepts("*", "br"));
        assert!(!accepts("*, br;q=0", "br"));
        assert!(accepts("GZIP", "gzip"));
        assert!(!accepts("identity", "gzip"));
    }

    #[test]
    fn a_compressed_copy_is_sent_with_its_encoding_and_the_files_type() {
        let dir = std::env::temp_dir().join(format!("ambition-map-serve-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("temp dir");
        let js = "console.log('ambition');\n".repeat(50);
        fs::write(dir.join("boot.js"), &js).expect("write");
        fs::write(dir.join("icon.png"), [1u8, 2, 3]).expect("write");
        crate::site::precompress(&dir).expect("precompressed");
        let server = serve_in_background(&dir).expect("served");
        let get = |path: &str, accept: &str| {
            let mut stream = TcpStream::connect(server.url.trim_start_matches("http://")).expect("connects");
            write!(stream, "GET {path} HTTP/1.1\r\nHost: x\r\nAccept-Encoding: {accept}\r\n\r\n").expect("asks");
            let mut answer = Vec::new();
            std::io::Read::read_to_end(&mut stream, &mut answer).expect("answer");
            let split = answer.windows(4).position(|w| w == b"\r\n\r\n").expect("headers end");
            (String::from_utf8_lossy(&answer[..split]).into_owned(), answer[split + 4..].to_vec())
        };
        let (head, body) = get("/boot.js", "gzip, deflate, br");
        assert!(head.contains("Content-Encoding: br\r\n") && head.contains("Vary: Accept-Encoding"), "{head}");
        assert!(head.contains("Content-Type: text/javascript; charset=utf-8"), "{head}");
        assert_eq!(body, fs::read(dir.join("boot.js.br")).expect("brotli copy"));
        let (head, body) = get("/boot.js", "gzip");
        assert!(head.contains("Content-Encoding: gzip\r\n"), "{head}");
        assert_eq!(body, fs::read(dir.join("boot.js.gz")).expect("gzip copy"));
        let (head, body) = get("/boot.js", "identity");
        assert!(!head.contains("Content-Encoding") && head.contains("Vary: Accept-Encoding"), "{head}");
        assert_eq!(body, js.as_bytes());
        let (head, body) = get("/icon.png", "gzip, br");
        assert!(!head.contains("Content-Encoding") && !head.contains("Vary"), "{head}");
        assert_eq!(body, [1u8, 2, 3]);
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_header_policy_is_the_pages_own_and_forbids_frames() {
        let page = fs::read_to_string(crate::root().join("www").join("index.html")).expect("www/index.html");
        let meta = page
            .split("http-equiv=\"Content-Security-Policy\" content=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("the page's Content-Security-Policy");
        assert_eq!(CONTENT_SECURITY_POLICY, format!("{meta}; frame-ancestors 'none'"));
        let headers = security_headers();
        for line in ["X-Frame-Options: DENY", "X-Content-Type-Options: nosniff", "Referrer-Policy: no-referrer"] {
            assert!(headers.contains(&format!("{line}\r\n")), "{headers}");
        }
    }
}
