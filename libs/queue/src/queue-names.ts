/** Queue and job names are stored in Redis: never change a value once shipped. */
export enum QueueName {
  SubmissionParse = 'submission-parse',
  System = 'system',
}

export enum JobName {
  ParseSubmission = 'parse-submission',
  Probe = 'probe',
}
