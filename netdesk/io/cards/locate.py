"""Find the card in a photo, straighten it and even out its light (OpenCV)."""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np

# The straightened card's long side, in pixels: about 380 dpi on an 85 mm card, so
# 7-point print is some 35 pixels tall, where Tesseract reads best.
CARD_WIDTH = 1280
# A business card is 85 x 55 mm (ISO 7810 ID-1 is 85.6 x 54); accept other shapes.
_MIN_AREA = 0.12  # of the photo: smaller quadrilaterals are a logo or a QR code
_DETECT_SIDE = 800


def decode(data: bytes) -> Any | None:
    """A BGR image from encoded bytes (JPEG, PNG, WebP, TIFF, BMP), or None."""
    if not data:
        return None
    image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    return image if image is not None and image.size else None


def straighten(image: Any) -> Any:
    """The card found in ``image``, warped flat and landscape, or the whole image
    deskewed when no card outline stands out (a scan, a screenshot)."""
    quad = find_card_outline(image)
    if quad is not None:
        return _warp(image, quad)
    return deskew(_scaled(image, CARD_WIDTH))


def _scaled(image: Any, width: int) -> Any:
    h, w = image.shape[:2]
    long_side = max(h, w)
    if long_side == width:
        return image
    factor = width / long_side
    interpolation = cv2.INTER_AREA if factor < 1 else cv2.INTER_CUBIC
    return cv2.resize(image, (round(w * factor), round(h * factor)), interpolation=interpolation)


def find_card_outline(image: Any) -> Any | None:
    """The four corners of the largest card-like quadrilateral (float32, 4x2, in the
    image's pixels), or None."""
    h, w = image.shape[:2]
    factor = _DETECT_SIDE / max(h, w)
    small = cv2.resize(image, (round(w * factor), round(h * factor)), interpolation=cv2.INTER_AREA)
    gray = cv2.GaussianBlur(cv2.cvtColor(small, cv2.COLOR_BGR2GRAY), (5, 5), 0)
    area = small.shape[0] * small.shape[1]
    # Two masks: the edges of the card, and the card as the brightest large blob.
    edges = cv2.dilate(cv2.Canny(gray, 30, 120), np.ones((3, 3), np.uint8), iterations=2)
    _, bright = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    for mask in (edges, bright):
        contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for contour in sorted(contours, key=cv2.contourArea, reverse=True)[:5]:
            if not _MIN_AREA * area < cv2.contourArea(contour) < 0.97 * area:
                continue
            hull = cv2.convexHull(contour)
            approx = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True)
            if len(approx) == 4:
                return (approx.reshape(4, 2).astype(np.float32) / factor).astype(np.float32)
    return None


def _order(quad: Any) -> Any:
    """Corners as top-left, top-right, bottom-right, bottom-left."""
    s = quad.sum(axis=1)
    d = np.diff(quad, axis=1).ravel()
    return np.array(
        [quad[np.argmin(s)], quad[np.argmin(d)], quad[np.argmax(s)], quad[np.argmax(d)]],
        dtype=np.float32,
    )


def _warp(image: Any, quad: Any) -> Any:
    tl, tr, br, bl = corners = _order(quad)
    width = max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))
    height = max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))
    if height > width:  # a card held upright: turn it so its lines run across
        corners = np.array([tr, br, bl, tl], dtype=np.float32)
        width, height = height, width
    out_w, out_h = CARD_WIDTH, max(1, round(CARD_WIDTH * height / width))
    target = np.array([[0, 0], [out_w, 0], [out_w, out_h], [0, out_h]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(corners, target)
    return cv2.warpPerspective(image, matrix, (out_w, out_h), flags=cv2.INTER_CUBIC)


def deskew(image: Any, max_degrees: float = 15.0) -> Any:
    """Rotate so that text lines are level: the angle whose row profile of ink is the
    sharpest (lines and the gaps between them) within ``max_degrees``."""
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    small = _scaled(gray, 600)
    ink = cv2.adaptiveThreshold(
        small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15
    )
    centre = (small.shape[1] / 2, small.shape[0] / 2)
    best, best_score = 0.0, -1.0
    for angle in np.arange(-max_degrees, max_degrees + 0.01, 0.5):
        matrix = cv2.getRotationMatrix2D(centre, float(angle), 1.0)
        rotated = cv2.warpAffine(ink, matrix, (small.shape[1], small.shape[0]))
        score = float(np.var(rotated.sum(axis=1, dtype=np.float64)))
        if score > best_score:
            best, best_score = float(angle), score
    if abs(best) < 0.25:
        return image
    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), best, 1.0)
    return cv2.warpAffine(
        image, matrix, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE
    )


def even_light(image: Any) -> Any:
    """Greyscale with shadows and uneven light divided out (paper white, ink dark)."""
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    background = cv2.medianBlur(cv2.resize(gray, None, fx=0.25, fy=0.25), 21)
    background = cv2.resize(background, (gray.shape[1], gray.shape[0]))
    return cv2.divide(gray, background, scale=255)
