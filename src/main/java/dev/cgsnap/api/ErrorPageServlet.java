package dev.cgsnap.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The container's error page (see web.xml): errors raised before the API sees a request still get
 * the fault envelope instead of the server's HTML page.
 */
@WebServlet("/_error")
public class ErrorPageServlet extends HttpServlet {

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer value ? value : 404;
    String message =
        switch (status) {
          case 404 -> Faults.NOT_FOUND;
          case 500 -> Faults.SERVER_ERROR;
          default -> BadRequestException.GENERIC;
        };
    byte[] body = Faults.body(status, message).getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
