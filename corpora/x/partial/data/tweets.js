window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1743210730666066034"
          ],
          "editableUntil" : "2024-01-05T10:30:00.000Z",
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
        "37"
      ],
      "favorite_count" : "3",
      "id_str" : "1743210730666066034",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1743210730666066034",
      "created_at" : "Fri Jan 05 10:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "New year, new release notes template.",
      "lang" : "en"
    }
  }
]