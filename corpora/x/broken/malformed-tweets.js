window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1630870492330066040"
          ],
          "editableUntil" : "2023-03-01T10:30:00.000Z",
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
        "22"
      ],
      "favorite_count" : ,
      "id_str" : "1630870492330066040",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1630870492330066040",
      "created_at" : "Wed Mar 01 10:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Part one, first tweet.",
      "lang" : "en"
    }
  }
]