import EngageCore

/// A media object of X API v2 (`includes.media[]`, or a flattened tweet's `attachments.media[]`).
struct XV2Media {
    var key: String?
    var type: String?
    var url: String?
    var previewURL: String?
    var altText: String?

    /// Reads one media object.
    static func parse(_ c: inout JSONCursor) throws -> XV2Media {
        var m = XV2Media()
        var o = try c.beginObject()
        while let k = try c.nextKey(&o) {
            if k == "media_key" { m.key = try c.readScalarText() }
            else if k == "type" { m.type = try c.readScalarText() }
            else if k == "url" { m.url = try c.readScalarText() }
            else if k == "preview_image_url" { m.previewURL = try c.readScalarText() }
            else if k == "alt_text" { m.altText = try c.readScalarText() }
            else { try c.skipValue() }
        }
        return m
    }

    /// The Core attachment.
    var media: Media {
        let kind: Media.Kind
        switch type {
        case "photo": kind = .photo
        case "video": kind = .video
        case "animated_gif": kind = .gif
        default: kind = .other
        }
        return Media(kind: kind, url: url ?? previewURL, altText: (altText?.isEmpty ?? true) ? nil : altText)
    }
}
