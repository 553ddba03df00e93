window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1763504451139666037"
          ],
          "editableUntil" : "2024-03-01T10:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "1",
      "id_str" : "1763504451139666037",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1763504451139666037",
      "created_at" : "Fri Mar 01 10:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Part zero is fine.",
      "lang" : "en"
    }
  }
]