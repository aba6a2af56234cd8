package org.motcua.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * An SMS gateway reached over HTTP: each message is POSTed as JSON
 * {@code {"to": "...", "text": "...", "reference": "..."}} with an optional bearer token; any 2xx answer means
 * accepted, anything else (or no answer) is a failure the outbox retries.
 */
public class HttpJsonSmsGateway implements SmsGateway {

	private final URI url;
	private final @Nullable String token;
	private final HttpClient client;
	private final JsonMapper json;

	public HttpJsonSmsGateway(URI url, @Nullable String token, JsonMapper json) {
		this.url = url;
		this.token = token == null || token.isBlank() ? null : token;
		this.json = json;
		this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	}

	@Override
	public void send(Sms sms) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(sms)));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new IOException("SMS gateway answered " + response.statusCode());
		}
	}

	@Override
	public String name() {
		return "sms-http";
	}
}
