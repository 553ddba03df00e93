import EngageXML

/// The fields of one `<item>` of a WordPress export, read in one pass over its children. The first
/// occurrence of a field wins (an item may repeat a field under a second prefix bound to the same URI).
struct WXRItem {
    var title: String?
    var link: String?
    var guid: String?
    var pubDate: String?
    var creator: String?
    var content: String?
    var excerpt: String?
    var postID: String?
    var postDate: String?
    var postDateGMT: String?
    var status: String?
    var postType: String?
    var postName: String?
    var comments: [WXRComment] = []
    /// The line the item starts on.
    var line: Int?

    init(_ item: MarkupNode, names: MarkupNameCache<WXRName>) {
        line = item.line
        item.forEachElement { e in
            switch WXRName(e, cache: names) {
            case .rss("title"): if title == nil { title = e.text }
            case .rss("link"): if link == nil { link = e.text }
            case .rss("guid"): if guid == nil { guid = e.text }
            case .rss("pubDate"): if pubDate == nil { pubDate = e.text }
            case .dc("creator"): if creator == nil { creator = e.text }
            case .content("encoded"): if content == nil { content = e.text }
            case .excerpt("encoded"): if excerpt == nil { excerpt = e.text }
            case .wp("post_id"): if postID == nil { postID = BlogText.value(e.text) }
            case .wp("post_date"): if postDate == nil { postDate = e.text }
            case .wp("post_date_gmt"): if postDateGMT == nil { postDateGMT = e.text }
            case .wp("status"): if status == nil { status = BlogText.value(e.text) }
            case .wp("post_type"): if postType == nil { postType = BlogText.value(e.text) }
            case .wp("post_name"): if postName == nil { postName = BlogText.value(e.text) }
            case .wp("comment"): comments.append(WXRComment(e, names: names))
            default: break
            }
        }
    }
}

/// The fields of one `<wp:comment>`. E-mail and IP are read only to recognise the blog's authors
/// (e-mail) and are never kept in a record.
struct WXRComment {
    var id: String?
    var author: String?
    var email: String?
    var url: String?
    var date: String?
    var dateGMT: String?
    var content: String?
    var approved: String?
    var type: String?
    var parent: String?
    var userID: String?
    var akismet = AkismetLabel()
    var line: Int?

    init(_ comment: MarkupNode, names: MarkupNameCache<WXRName>) {
        line = comment.line
        comment.forEachElement { e in
            switch WXRName(e, cache: names) {
            case .wp("comment_id"): id = BlogText.value(e.text)
            case .wp("comment_author"): author = e.text
            case .wp("comment_author_email"): email = BlogText.value(e.text)
            case .wp("comment_author_url"): url = e.text
            case .wp("comment_date"): date = e.text
            case .wp("comment_date_gmt"): dateGMT = e.text
            case .wp("comment_content"): content = e.text
            case .wp("comment_approved"): approved = BlogText.value(e.text)
            case .wp("comment_type"): type = BlogText.value(e.text)
            case .wp("comment_parent"): parent = BlogText.value(e.text)
            case .wp("comment_user_id"): userID = BlogText.value(e.text)
            case .wp("commentmeta"):
                var key: String?
                var value: String?
                e.forEachElement { m in
                    switch WXRName(m, cache: names) {
                    case .wp("meta_key"): key = BlogText.value(m.text)
                    case .wp("meta_value"): value = m.text
                    default: break
                    }
                }
                if let key, key.hasPrefix("akismet"), let value { akismet.add(key: key, value: value) }
            default: break
            }
        }
    }
}
