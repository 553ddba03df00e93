window.YTD.tweets.part1 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700089972045905974"
          ],
          "editableUntil" : "2023-09-08T10:43:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "74"
      ],
      "favorite_count" : "12",
      "in_reply_to_status_id_str" : "1700089623918673971",
      "id_str" : "1700089972045905974",
      "in_reply_to_user_id" : "1480000000000000001",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700089972045905974",
      "in_reply_to_status_id" : "1700089623918673971",
      "created_at" : "Fri Sep 08 10:13:30 +0000 2023",
      "favorited" : false,
      "full_text" : "1/ Search got better the day we stopped generating pages nobody linked to.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lenafjord",
      "in_reply_to_user_id_str" : "1480000000000000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700089623918673971"
          ],
          "editableUntil" : "2023-09-08T10:42:07.000Z",
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
        "61"
      ],
      "favorite_count" : "40",
      "id_str" : "1700089623918673971",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700089623918673971",
      "created_at" : "Fri Sep 08 10:12:07 +0000 2023",
      "favorited" : false,
      "full_text" : "What we learned moving our docs to plain Markdown: a thread 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1653315890755665977"
          ],
          "editableUntil" : "2023-05-02T09:00:00.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/JobPost010",
            "expanded_url" : "https://jobs.example.com/tech-writer",
            "display_url" : "jobs.example.com/tech-writer",
            "indices" : [
              "73",
              "96"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "6",
      "id_str" : "1653315890755665977",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1653315890755665977",
      "possibly_sensitive" : false,
      "created_at" : "Tue May 02 08:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Hiring: a technical writer who likes release notes. DM me or apply here: https://t.co/JobPost010",
      "lang" : "en"
    }
  }
]