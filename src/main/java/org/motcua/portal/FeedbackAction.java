package org.motcua.portal;

/**
 * What an official does with feedback: accept it for handling, refuse it (within 2 working days), ask the sender
 * for more information (within 5), answer it (within 15), publish the answer (within 2 of answering), or escalate it
 * to the unit head. {@link #REPLY} is the sender's answer to a request for information, given online with the
 * secret link they were sent; officials cannot take it.
 */
public enum FeedbackAction {
	ACCEPT, REFUSE, REQUEST_INFO, ANSWER, PUBLISH, ESCALATE, REPLY
}
