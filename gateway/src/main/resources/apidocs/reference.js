// Swagger UI over the product's own OpenAPI document. "Authorize" takes a bearer token (the dashboard's sign-in
// page mints one with the development keys).
window.addEventListener('DOMContentLoaded', () => {
  window.ui = SwaggerUIBundle({
    url: '/v1/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    tryItOutEnabled: false,
  });
});
