"""Business cards: find the card in a photo, read it (Tesseract, QR codes), write QR codes.

No Qt: images are decoded and corrected with OpenCV, text is read with tesserocr (whose
wheels carry libtesseract; the Arabic and English models come from ``tessdata_dir``),
QR codes with zxing-cpp and written with segno. ``scan.scan_images`` is the entry point.
"""
