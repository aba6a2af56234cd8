package org.motcua.documents.storage;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.motcua.documents.VirusScanner;

/**
 * Scans with a clamd daemon over TCP using its INSTREAM command: the file in chunks, each prefixed with its length,
 * ended by a zero length; clamd answers {@code stream: OK} or {@code stream: <name> FOUND}.
 */
public final class ClamAvScanner implements VirusScanner {

	private static final int CHUNK = 64 * 1024;

	private final String host;
	private final int port;
	private final int timeoutMillis;

	public ClamAvScanner(String host, int port, int timeoutMillis) {
		this.host = host;
		this.port = port;
		this.timeoutMillis = timeoutMillis;
	}

	@Override
	public Result scan(Path file) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), timeoutMillis);
			socket.setSoTimeout(timeoutMillis);
			DataOutputStream out = new DataOutputStream(socket.getOutputStream());
			out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
			byte[] buffer = new byte[CHUNK];
			try (InputStream in = Files.newInputStream(file)) {
				int n;
				while ((n = in.read(buffer)) > 0) {
					out.writeInt(n);
					out.write(buffer, 0, n);
				}
			}
			out.writeInt(0);
			out.flush();
			String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).replace("\0", "").trim();
			return parse(reply);
		}
	}

	static Result parse(String reply) throws IOException {
		if (reply.endsWith("OK")) {
			return new Result(Verdict.CLEAN, null);
		}
		if (reply.endsWith("FOUND")) {
			String body = reply.substring(reply.indexOf(':') + 1, reply.length() - "FOUND".length()).trim();
			return new Result(Verdict.INFECTED, body);
		}
		throw new IOException("Unexpected answer from clamd: " + reply);
	}
}
