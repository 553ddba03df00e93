window.YTD.deleted_tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1855898257373265980",
      "user_id" : "1480000000000000001",
      "created_at" : "Mon Nov 11 09:00:00 +0000 2024"
    }
  }
]