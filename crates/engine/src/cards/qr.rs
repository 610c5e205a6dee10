//! The card's QR code as a picture, and reading one back from a photo: a counter without a
//! camera-capable browser uploads a photo of the card (PNG or JPEG), and the credential is read
//! from it on the server.

use std::io::Cursor;

/// The QR code of `text` as a PNG, eight pixels a module, with its quiet zone.
pub fn png(text: &str) -> Option<Vec<u8>> {
    let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
    let n = code.width();
    let colors = code.to_colors();
    let (scale, quiet) = (8u32, 4u32);
    let side = (u32::try_from(n).ok()? + 2 * quiet) * scale;
    let img = image::GrayImage::from_fn(side, side, |x, y| {
        let (mx, my) = ((x / scale).checked_sub(quiet), (y / scale).checked_sub(quiet));
        let dark = match (mx, my) {
            (Some(mx), Some(my)) if (mx as usize) < n && (my as usize) < n => {
                colors[my as usize * n + mx as usize] == qrcode::Color::Dark
            }
            _ => false,
        };
        image::Luma([if dark { 0 } else { 255 }])
    });
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).ok()?;
    Some(out.into_inner())
}

/// The text of the first QR code found in a photo (PNG or JPEG), if one can be read. The photo
/// is scaled down to at most 1,600 pixels a side first (a phone's photo is large).
pub fn read(photo: &[u8]) -> Option<String> {
    let img = image::load_from_memory(photo).ok()?;
    let img = if img.width().max(img.height()) > 1600 { img.thumbnail(1600, 1600) } else { img };
    let grey = img.to_luma8();
    let (w, h) = (grey.width() as usize, grey.height() as usize);
    let mut prepared =
        rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| grey.get_pixel(x as u32, y as u32).0[0]);
    prepared.detect_grids().into_iter().find_map(|g| g.decode().ok().map(|(_, text)| text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_drawn_code_reads_back_and_other_pictures_give_nothing() {
        let text = format!("NFC1.{}", "QUJD".repeat(60));
        let picture = png(&text).unwrap_or_default();
        assert!(picture.starts_with(b"\x89PNG"));
        assert_eq!(read(&picture).as_deref(), Some(text.as_str()));
        let blank = image::GrayImage::from_pixel(200, 200, image::Luma([255]));
        let mut out = Cursor::new(Vec::new());
        let _ = blank.write_to(&mut out, image::ImageFormat::Png);
        assert_eq!(read(&out.into_inner()), None);
        assert_eq!(read(b"not a picture"), None);
    }
}
