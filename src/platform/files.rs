//! Downloading a file the app made, and reading a file a person chose.

use wasm_bindgen::JsCast;

use super::Refused;

/// Offers `text` as a download named `name`.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), Refused> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| Refused::File)?;
    download_blob(name, &blob)
}

/// A file a person chose: its name, size, and a way to read it.
pub struct ChosenFile {
    pub name: String,
    pub size: u64,
    file: gloo::file::File,
}

/// The first file of a file input's selection, if any.
pub fn chosen_file(input: &web_sys::HtmlInputElement) -> Option<ChosenFile> {
    from_file(input.files()?.get(0)?)
}

/// A file from the browser (chosen or dropped).
pub fn from_file(file: web_sys::File) -> Option<ChosenFile> {
    let file = gloo::file::File::from(file);
    Some(ChosenFile { name: file.name(), size: file.size(), file })
}

impl ChosenFile {
    /// Reads the whole file.
    pub async fn read(self) -> Result<Vec<u8>, String> {
        gloo::file::futures::read_as_bytes(&self.file).await.map_err(|e| e.to_string())
    }
}

/// Offers binary data (a `Blob`, e.g. a picture) as a download named `name`.
pub fn download_blob(name: &str, blob: &web_sys::Blob) -> Result<(), Refused> {
    let window = web_sys::window().ok_or(Refused::File)?;
    let document = window.document().ok_or(Refused::File)?;
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(|_| Refused::File)?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| Refused::File)?
        .dyn_into()
        .map_err(|_| Refused::File)?;
    a.set_href(&url);
    a.set_download(name);
    a.set_attribute("hidden", "").ok();
    let body = document.body().ok_or(Refused::File)?;
    body.append_child(&a).map_err(|_| Refused::File)?;
    a.click();
    a.remove();
    // Revoke after the download has started.
    gloo::timers::callback::Timeout::new(1_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
