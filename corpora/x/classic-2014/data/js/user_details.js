var user_details =  {
  "screen_name" : "juno_writes",
  "location" : "Lisbon",
  "full_name" : "Juno Vale",
  "bio" : "Writes about writing docs.",
  "id" : "20000001",
  "created_at" : "2009-04-30 21:00:00 +0000"
}