package org.motcua.notification;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpJsonSmsGatewayTests {

	final JsonMapper json = JsonMapper.builder().build();
	final List<String> bodies = new ArrayList<>();
	final List<String> authorizations = new ArrayList<>();
	final List<String> contentTypes = new ArrayList<>();
	HttpServer server;
	int answer = 202;

	@BeforeEach
	void startGateway() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/sms", exchange -> {
			bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
			contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
			exchange.sendResponseHeaders(answer, -1);
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stopGateway() {
		server.stop(0);
	}

	URI url() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms");
	}

	@Test
	void postsTheNumberTextAndReferenceAsJsonWithTheBearerToken() throws Exception {
		new HttpJsonSmsGateway(url(), "s3cret", json).send(new SmsGateway.Sms("0912345678", "Hồ sơ H41.50-261129-0001 đã có kết quả", "motcua-42"));
		assertThat(bodies).hasSize(1);
		JsonNode body = json.readTree(bodies.get(0));
		assertThat(body.get("to").asString()).isEqualTo("0912345678");
		assertThat(body.get("text").asString()).isEqualTo("Hồ sơ H41.50-261129-0001 đã có kết quả");
		assertThat(body.get("reference").asString()).isEqualTo("motcua-42");
		assertThat(authorizations).containsExactly("Bearer s3cret");
		assertThat(contentTypes).containsExactly("application/json");
	}

	@Test
	void aRefusalByTheGatewayIsAFailureTheOutboxRetries() {
		answer = 503;
		assertThatThrownBy(() -> new HttpJsonSmsGateway(url(), null, json).send(new SmsGateway.Sms("0912345678", "x", "motcua-1")))
			.isInstanceOf(IOException.class).hasMessageContaining("503");
		assertThat(authorizations).as("no token configured: no header").containsExactly((String) null);
	}

	@Test
	void anUnreachableGatewayIsAFailureToo() {
		URI closed = url();
		server.stop(0);
		assertThatThrownBy(() -> new HttpJsonSmsGateway(closed, null, json).send(new SmsGateway.Sms("0912345678", "x", "motcua-2")))
			.isInstanceOf(IOException.class);
	}
}
