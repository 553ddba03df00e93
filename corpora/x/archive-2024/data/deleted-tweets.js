window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1855898257373265980"
          ],
          "editableUntil" : "2024-11-11T09:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marc Aubert",
            "screen_name" : "marc_ops",
            "indices" : [
              "3",
              "12"
            ],
            "id_str" : "2900000022",
            "id" : "2900000022"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "0",
      "id_str" : "1855898257373265980",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1855898257373265980",
      "created_at" : "Mon Nov 11 09:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @marc_ops: Runbooks are documentation you read at 3am. Write them for that reader.",
      "deleted_at" : "Wed Nov 13 14:30:47 +0000 2024"
    }
  }
]