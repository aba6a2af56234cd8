package org.motcua.documents;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motcua.documents.storage.ClamAvScanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ClamAV client against a small stand-in for clamd that checks the INSTREAM framing and answers. */
class ClamAvScannerTests {

	@TempDir
	Path dir;

	/** Accepts one connection, reads the INSTREAM request, returns what it received and sends {@code reply}. */
	static CompletableFuture<byte[]> fakeClamd(ServerSocket server, String reply) {
		return CompletableFuture.supplyAsync(() -> {
			try (Socket s = server.accept()) {
				DataInputStream in = new DataInputStream(s.getInputStream());
				byte[] command = new byte[10];
				in.readFully(command);
				assertThat(new String(command, StandardCharsets.US_ASCII)).isEqualTo("zINSTREAM\0");
				ByteArrayOutputStream received = new ByteArrayOutputStream();
				int length;
				while ((length = in.readInt()) > 0) {
					byte[] chunk = new byte[length];
					in.readFully(chunk);
					received.write(chunk);
				}
				s.getOutputStream().write((reply + "\0").getBytes(StandardCharsets.US_ASCII));
				return received.toByteArray();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	@Test
	void aFileClamdFindsInfectedIsReportedWithTheThreatName() throws Exception {
		Path file = Files.write(dir.resolve("eicar.pdf"), "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR".getBytes(StandardCharsets.US_ASCII));
		try (ServerSocket server = new ServerSocket(0)) {
			CompletableFuture<byte[]> received = fakeClamd(server, "stream: Eicar-Test-Signature FOUND");
			VirusScanner.Result result = new ClamAvScanner("localhost", server.getLocalPort(), 5000).scan(file);
			assertThat(result.verdict()).isEqualTo(VirusScanner.Verdict.INFECTED);
			assertThat(result.threat()).isEqualTo("Eicar-Test-Signature");
			assertThat(received.get(5, TimeUnit.SECONDS)).isEqualTo(Files.readAllBytes(file));
		}
	}

	@Test
	void aCleanFileLargerThanOneChunkIsSentWholeAndReportedClean() throws Exception {
		byte[] bytes = new byte[200_000];
		new java.util.Random(7).nextBytes(bytes);
		Path file = Files.write(dir.resolve("scan.pdf"), bytes);
		try (ServerSocket server = new ServerSocket(0)) {
			CompletableFuture<byte[]> received = fakeClamd(server, "stream: OK");
			assertThat(new ClamAvScanner("localhost", server.getLocalPort(), 5000).scan(file).verdict()).isEqualTo(VirusScanner.Verdict.CLEAN);
			assertThat(received.get(5, TimeUnit.SECONDS)).isEqualTo(bytes);
		}
	}

	@Test
	void anUnreachableClamdIsAnErrorNotAClearance() throws Exception {
		Path file = Files.write(dir.resolve("a.pdf"), new byte[] { 1 });
		int port;
		try (ServerSocket server = new ServerSocket(0)) {
			port = server.getLocalPort();
		}
		int closed = port;
		assertThatThrownBy(() -> new ClamAvScanner("localhost", closed, 2000).scan(file)).isInstanceOf(IOException.class);
	}
}
