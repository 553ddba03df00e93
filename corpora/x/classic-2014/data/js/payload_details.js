var payload_details =  {
  "tweets" : 10,
  "created_at" : "2014-03-20 10:00:00 +0000",
  "lang" : "en"
}